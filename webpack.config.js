/**
 * Server bundle: src/entry.ts → dist/Code.js, one file Apps Script loads on every execution.
 * gas-webpack-plugin turns each `global.name = fn` of src/entry.ts into a top-level `function name() {}` that Apps
 * Script can list and call. `mode: 'none'` because production mode tree-shakes the real code away and leaves empty
 * stubs (PLATFORM.md); the bundle stays readable in the Apps Script editor, which helps users reporting a problem.
 */
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'none',
  context: __dirname,
  entry: './src/entry.ts',
  target: ['web', 'es2020'],
  devtool: false,
  output: { path: path.resolve(__dirname, process.env.OLAP_DIST || 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020' } }],
  },
  optimization: { concatenateModules: true, usedExports: true },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true })],
};
