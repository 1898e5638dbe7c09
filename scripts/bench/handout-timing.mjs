// What a handout opened from its link costs: a fresh page over the throttled network, from the
// navigation to every code's part shown, and the bytes the server sent for it.
import { THROTTLED_NETWORK, settle } from './keystroke-timing.mjs';
import { HANDOUT_PARAMS } from '../../src/shared/handout.ts';

const withTimeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms).unref())]);

/** The figure: a handout of this many codes. */
export const HANDOUT_BENCH_CODES = 20;

/** `count` codes spread over the corpus, so the pages fetched are not neighbours in any cache. */
export function handoutCodes(codes, count = HANDOUT_BENCH_CODES) {
  const step = Math.max(1, Math.floor(codes.length / count));
  return Array.from({ length: Math.min(count, codes.length) }, (_, i) => codes[i * step]);
}

/**
 * Milliseconds from navigation start to the last code's part shown (the sheet no longer busy, the stylesheets in),
 * and the bytes transferred, for /handout/?codes=... with its default sections and edition.
 */
export async function throttledHandout(browser, server, codes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLED_NETWORK);
  // Shown means in the page and styled: the handout's script may fill the sheet before the
  // stylesheets are in, but nothing paints until they are, so their load counts as well. The page
  // reports the moment itself: waiting on it with page.waitForFunction() would have Playwright
  // evaluate its own script (over 100 ms) on the page's main thread at the load event, while the
  // codes are being shown.
  let report;
  const shown = new Promise((resolve) => (report = resolve));
  await page.exposeFunction('__reportHandoutShown', (ms) => report(ms));
  await page.addInitScript((count) => {
    const styled = () => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);
    const done = () => styled() && document.querySelectorAll('[data-handout-code]').length === count && document.querySelector('[aria-busy="false"][data-handout-codes-shown]');
    let reported = false;
    const check = () => {
      if (reported || !done()) return;
      reported = true;
      window.__reportHandoutShown(performance.now());
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener('load', (event) => event.target instanceof HTMLLinkElement && check(), true);
  }, codes.length);
  const mark = server.log.length;
  await page.goto(`${server.url}/handout/?${HANDOUT_PARAMS.codes}=${codes.join(',')}`, { waitUntil: 'commit' });
  const ms = await withTimeout(shown, 60_000, 'the handout never showed every code');
  await settle(server.log);
  await context.close();
  const requests = server.log.slice(mark);
  return { ms, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests: requests.map((r) => `${r.path} ${r.bytes}`) };
}
