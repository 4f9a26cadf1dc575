/**
 * Server bundle: src/entry.ts → dist/Code.js, one file Apps Script loads on every execution.
 * gas-webpack-plugin turns each `global.name = fn` of src/entry.ts into a top-level `function name() {}` that Apps
 * Script can list and call. `mode: 'none'` because production mode tree-shakes the real code away and leaves empty
 * stubs (PLATFORM.md). Minified all the same (below): Apps Script loads the whole file on every execution.
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
  // Tree-shaking and minification without production mode: zod's unused parts (its locales alone are 380 KB) are
  // dropped, while the global assignments that gas-webpack-plugin reads stay (they are side effects of the entry).
  optimization: { concatenateModules: true, usedExports: true, sideEffects: true, innerGraph: true, providedExports: true, minimize: true },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true })],
};
