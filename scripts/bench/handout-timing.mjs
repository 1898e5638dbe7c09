// What a handout opened from its link costs: a fresh page over the throttled network, from the
// navigation to every code's part shown, and the bytes the server sent for it.
import { THROTTLED_NETWORK, settle } from './keystroke-timing.mjs';
import { HANDOUT_PARAMS } from '../../src/shared/handout.ts';

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
  // stylesheets are in, but nothing paints until they are, so their load counts as well.
  await page.addInitScript((count) => {
    const styled = () => [...document.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);
    const done = () => styled() && document.querySelectorAll('[data-handout-code]').length === count && document.querySelector('[aria-busy="false"][data-handout-codes-shown]');
    const check = () => (window.__handoutShown ||= done() ? performance.now() : 0);
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener('load', (event) => event.target instanceof HTMLLinkElement && check(), true);
  }, codes.length);
  const mark = server.log.length;
  await page.goto(`${server.url}/handout/?${HANDOUT_PARAMS.codes}=${codes.join(',')}`);
  await page.waitForFunction(() => window.__handoutShown > 0, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__handoutShown);
  await settle(server.log);
  await context.close();
  const requests = server.log.slice(mark);
  return { ms, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests: requests.map((r) => `${r.path} ${r.bytes}`) };
}
