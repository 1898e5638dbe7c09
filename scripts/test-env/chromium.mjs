// Finds a Chromium for Playwright: Playwright's own download if present, else the system one.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
// Chromium's headless shell (Debian's chromium-headless-shell): the same engine without the desktop
// browser around it. Each test's fresh context and page cost about a third of the CPU they cost in
// the full browser's headless mode, and the browser suite is most of `npm test`'s CPU time.
const SYSTEM_HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

/** Path of a usable Chromium, or undefined when none is installed. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No Playwright-managed browser; fall through to the system ones.
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** Path of Chromium's headless shell, or undefined when none is installed. */
export function findHeadlessShell() {
  return SYSTEM_HEADLESS_SHELLS.find((path) => existsSync(path));
}

/** The Chromium the browser tests drive: CHROMIUM_PATH if set, else the headless shell, else any Chromium. */
export function findTestChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return findHeadlessShell() ?? findChromium();
}

// This machine's network is closed: without these flags Chromium keeps dialling out at start.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
