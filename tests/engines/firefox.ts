import puppeteer, { type Page } from 'puppeteer-core';
import { watchProblems, type EngineDriver, type Key } from './driver';
import { findFirefox } from '../../scripts/test-env/engines.mjs';

/**
 * Firefox (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core. The problem watcher is a
 * preload script, so it sees what goes wrong while a page loads too.
 */
export async function openFirefox(): Promise<EngineDriver> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: run "node scripts/test-env/ensure-engines.mjs" (or see README, "What the two commands install")');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, defaultViewport: { width: 1280, height: 900 } });
  const page: Page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.evaluateOnNewDocument(watchProblems);

  return {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    click: (selector) => page.click(selector),
    async type(selector, text) {
      await page.click(selector);
      await page.keyboard.type(text);
    },
    async press(key: Key) {
      const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
      if (modifier) await page.keyboard.down(modifier as 'Control');
      await page.keyboard.press(name as 'Enter');
      if (modifier) await page.keyboard.up(modifier as 'Control');
    },
    async select(selector, value) {
      // Puppeteer picks the option and fires input and change, as the dropdown does; BiDi cannot
      // reach Firefox's dropdown itself, drawn outside the page.
      await page.select(selector, value);
    },
    evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    problems: () => page.evaluate(() => window.__engineProblems ?? ['the problem watcher did not run']),
    close: () => browser.close(),
  };
}
