// Makes sure the browser tests have a Chromium.
import { ensureInstalled } from './apt-install.mjs';
import { findChromium } from './chromium.mjs';

ensureInstalled({
  name: 'Chromium',
  find: findChromium,
  packages: ['chromium'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install chromium
  - anywhere else:  npx playwright install chromium
  - or point CHROMIUM_PATH at an existing Chrome/Chromium binary.`,
});
