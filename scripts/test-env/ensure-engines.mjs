// Makes sure the cross-engine tests (tests/engines/) have Firefox ESR, WebKitGTK's WebDriver and a
// virtual display for it.
import { ensureInstalled } from './apt-install.mjs';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb } from './engines.mjs';

ensureInstalled({
  name: 'Firefox',
  find: findFirefox,
  packages: ['firefox-esr'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install firefox-esr
  - or point FIREFOX_PATH at a Firefox binary (version 129 or later, for WebDriver BiDi).`,
});
ensureInstalled({
  name: 'WebKit (WebKitGTK WebDriver and MiniBrowser)',
  find: () => (findWebKitDriver() && findMiniBrowser() ? findWebKitDriver() : undefined),
  packages: ['webkit2gtk-driver'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install webkit2gtk-driver
  - or point WEBKIT_WEBDRIVER_PATH and WEBKIT_MINIBROWSER_PATH at WebKitWebDriver and MiniBrowser.`,
});
ensureInstalled({
  name: 'a virtual display (Xvfb, for WebKit)',
  find: findXvfb,
  packages: ['xvfb'],
  instructions: `  - Debian/Ubuntu:  sudo apt-get install xvfb
  - or point XVFB_PATH at an Xvfb binary.`,
});
