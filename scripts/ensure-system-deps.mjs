/**
 * Installs what the tests need from Debian, once: Chromium for the browser tests and LibreOffice Calc to check that a
 * real spreadsheet reads the partner CSVs. CI runs on a fresh machine, so the project installs them itself.
 * Nothing happens when both are present; without root or apt, it says so and the tests that need them report it.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/soffice', pkg: 'libreoffice-calc' },
];
const missing = wanted.filter((w) => !existsSync(w.bin)).map((w) => w.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';
try {
  console.log(`Installing ${missing.join(', ')} (Debian packages needed by the browser and CSV tests)…`);
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit' });
} catch (error) {
  console.error(`Could not install ${missing.join(', ')}: ${error.message}`);
  if (process.env.CI) process.exit(1);
}
