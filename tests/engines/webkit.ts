import { remote } from 'webdriverio';
import { freePort, startProcess, stopProcess, waitForUrl } from './processes';
import type { EngineDriver, Key } from './driver';
import { watchProblems } from './driver';
import { findMiniBrowser, findWebKitDriver, findXvfb } from '../../scripts/test-env/engines.mjs';

/** WebDriver's key codes for the keys the tests press. */
const KEY_CODES: Record<string, string> = { Enter: '\uE007', ArrowDown: '\uE015', ArrowUp: '\uE013', Tab: '\uE004', Escape: '\uE00C', Control: '\uE009' };

/** A virtual display; Xvfb picks a free number and writes it to its fd 3. */
async function startDisplay(xvfb: string) {
  const child = startProcess(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, true);
  const display = await new Promise<string>((resolve, reject) => {
    const fd3 = child.stdio[3];
    if (!fd3) return reject(new Error('Xvfb gave no display number'));
    fd3.once('data', (data) => resolve(`:${String(data).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code})`)));
  });
  return { child, display };
}

/**
 * WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, classic WebDriver, on a virtual
 * display. Classic WebDriver has no preload scripts nor console log, so the problem watcher starts
 * just after each load (EngineLimits.seesLoadErrors).
 */
export async function openWebKit(): Promise<EngineDriver> {
  const [driverPath, binary, xvfb] = [findWebKitDriver(), findMiniBrowser(), findXvfb()];
  if (!driverPath || !binary || !xvfb) throw new Error('No WebKit: run "node scripts/test-env/ensure-engines.mjs" (or see README, "What the two commands install")');
  const { child: displayProcess, display } = await startDisplay(xvfb);
  const port = await freePort();
  // As root, WebKit's sandbox cannot start and the new-session request would hang.
  const sandbox = process.getuid?.() === 0 ? { WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' } : {};
  const driverProcess = startProcess(driverPath, [`--port=${port}`], { ...process.env, DISPLAY: display, ...sandbox });
  const stopAll = () => [driverProcess, displayProcess].forEach(stopProcess);
  // They run in process groups of their own, so a test run that stops early must end them itself.
  process.once('exit', stopAll);
  try {
    await waitForUrl(`http://localhost:${port}/status`);
    const browser = await remote({
      hostname: 'localhost',
      port,
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } as WebdriverIO.Capabilities,
    });
    await browser.setWindowSize(1280, 900).catch(() => undefined);
    return webKitDriver(browser, stopAll);
  } catch (error) {
    stopAll();
    throw error;
  }
}

function webKitDriver(browser: WebdriverIO.Browser, stopAll: () => void): EngineDriver {
  const watch = () => browser.execute(watchProblems);
  return {
    engine: 'webkit',
    async goto(url) {
      await browser.url(url);
      await watch();
    },
    url: () => browser.getUrl(),
    click: (selector) => browser.$(selector).click(),
    async type(selector, text) {
      const element = browser.$(selector);
      await element.click();
      // Element Send Keys, not key actions: WebKitWebDriver drops the second of two equal keys in
      // a row when sent as actions ("37244" arrives as "3724").
      await element.addValue(text);
    },
    async press(key: Key) {
      await browser.keys(key.split('+').map((name) => KEY_CODES[name] ?? name));
    },
    // WebDriver's Element Click on the <option>: the browser picks it and fires input and change.
    select: (selector, value) => browser.$(selector).selectByAttribute('value', value),
    evaluate: (fn, ...args) => browser.execute(fn as (...a: unknown[]) => unknown, ...args) as never,
    async screenshot(path) {
      await browser.saveScreenshot(path);
    },
    async problems() {
      const seen = await browser.execute(() => window.__engineProblems ?? null);
      // A page the reader reached by a click or a key: watch it from now on.
      if (!seen) await watch();
      return seen ?? [];
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      stopAll();
    },
  };
}
