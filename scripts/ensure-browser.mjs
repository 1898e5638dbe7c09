// Makes sure the browser tests have a Chromium: finds one, installs Debian's when it can, and
// otherwise stops with what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser tests use ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`Browser tests use ${installed}`);
    process.exit(0);
  }
}

console.error(`No Chromium found for the browser tests. Install one, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - anywhere else:  npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chrome/Chromium binary.`);
process.exit(1);
