// Makes sure the browser tests have the Chromium they drive: Chromium's headless shell
// (scripts/test-env/chromium.mjs says why), unless CHROMIUM_PATH names another.
import { ensureInstalled } from './apt-install.mjs';
import { findHeadlessShell, findTestChromium } from './chromium.mjs';

ensureInstalled({
  name: 'Chromium headless shell',
  find: () => (process.env.CHROMIUM_PATH ? findTestChromium() : findHeadlessShell()),
  packages: ['chromium-headless-shell'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install chromium-headless-shell
  - anywhere else:  npx playwright install chromium-headless-shell, then point CHROMIUM_PATH at it
  - or point CHROMIUM_PATH at an existing Chrome/Chromium binary (slower: the full browser).`,
});
