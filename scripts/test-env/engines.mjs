// Finds the browsers the cross-engine tests drive besides Chromium (tests/engines/): Firefox ESR
// over WebDriver BiDi, and WebKitGTK's MiniBrowser through WebKitWebDriver under a virtual display.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** Path of a Firefox (ESR) binary, or undefined. FIREFOX_PATH points at another one. */
export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** Path of WebKitGTK's WebDriver server, or undefined. */
export function findWebKitDriver() {
  return firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
}

/** WebKitGTK's MiniBrowser, which the driver starts; it sits in the library folder of the multiarch triplet. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER_PATH) return firstExisting([process.env.WEBKIT_MINIBROWSER_PATH]);
  const libRoots = ['/usr/lib', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')).map((d) => join('/usr/lib', d)) : [])];
  return firstExisting(libRoots.flatMap((root) => ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((lib) => join(root, lib, 'MiniBrowser'))));
}

/** Xvfb: WebKitGTK needs a display even when nobody looks at it. */
export function findXvfb() {
  return firstExisting([process.env.XVFB_PATH, '/usr/bin/Xvfb']);
}
