// What a coder's browser downloads and waits for, measured in Chromium against startServer()'s
// byte log (the server sees the search worker's requests, which page-level events miss).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../test-env/chromium.mjs';
import { median } from './budgets.mjs';
import { BENCH_CHROMIUM_ARGS } from './server.mjs';

const SEARCH_BOX = '#site-search';

export async function launchBrowser() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: see README (the test setup installs one).');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS] });
}

const bytesSince = (log, mark) => log.slice(mark).reduce((sum, entry) => sum + entry.bytes, 0);

/** Waits until the server has had no request for `quietMs`, so late fragment or chunk fetches are counted. */
export async function settle(log, quietMs = 500) {
  let seen = -1;
  while (seen !== log.length) {
    seen = log.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

/** Everything one page load transfers (HTML, CSS, JS, fonts, images), before any interaction. */
export async function pageWeight(browser, server, path) {
  const page = await browser.newPage();
  const mark = server.log.length;
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await settle(server.log);
  const requests = server.log.slice(mark);
  await page.close();
  return { bytes: bytesSince(server.log, mark), requests: requests.map((r) => `${r.path} ${r.bytes}`), searchRequests: requests.filter((r) => r.path.startsWith('/pagefind/')).length };
}

/** Bytes a second code page costs after a first in the same browser: its HTML, and revalidations of what is cached. */
export async function secondPageWeight(browser, server, firstPath, secondPath) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + firstPath, { waitUntil: 'networkidle' });
  await settle(server.log);
  const mark = server.log.length;
  await page.goto(server.url + secondPath, { waitUntil: 'networkidle' });
  await settle(server.log);
  await context.close();
  return { bytes: bytesSince(server.log, mark), requests: server.log.slice(mark).map((r) => `${r.path} ${r.bytes} (${r.status})`) };
}

/** The box's status while it shows the word index's first suggestions, before the full search's answer (src/shared/search/presentation.ts). */
const FIRST_SUGGESTIONS_STATUS = 'First suggestions for';

/**
 * Installs, in the page, timers from the last keystroke to the suggestions for exactly that query:
 * the first shown (the word index's first suggestions, for several words) and the full answer
 * (Pagefind's, which replaces them; the same moment when the first answer is the whole one).
 */
function watchSuggestions(page, query) {
  return page.evaluate(
    ({ selector, query, firstStatus }) => {
      const input = document.querySelector(selector);
      const status = input.form.parentElement.querySelector('[data-search-status]');
      const listbox = input.form.querySelector('[role="listbox"]');
      const times = { key: 0, shown: 0, full: 0 };
      window.__benchTimes = times;
      input.addEventListener('keydown', () => (times.key = performance.now()));
      const check = () => {
        if (!status.textContent.includes(`“${query}”`) || !listbox.querySelector('[role="option"]')) return;
        times.shown ||= performance.now();
        if (!status.textContent.includes(firstStatus)) times.full ||= performance.now();
      };
      new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
      new MutationObserver(check).observe(listbox, { childList: true, subtree: true });
    },
    { selector: SEARCH_BOX, query, firstStatus: FIRST_SUGGESTIONS_STATUS },
  );
}

/** Types the query at a person's pace; milliseconds from the last keystroke to the first suggestions and to the full answer. */
async function typeAndWait(page, query) {
  await watchSuggestions(page, query);
  await page.locator(SEARCH_BOX).pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => window.__benchTimes.full > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ first: window.__benchTimes.shown - window.__benchTimes.key, full: window.__benchTimes.full - window.__benchTimes.key }));
}

/** Bytes for one search typed into the header box of a freshly loaded page (a new, empty cache). */
export async function freshSearchBytes(browser, server, path, query) {
  const page = await browser.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await settle(server.log);
  const mark = server.log.length;
  await page.locator(SEARCH_BOX).focus();
  await typeAndWait(page, query);
  await settle(server.log);
  await page.close();
  return { bytes: bytesSince(server.log, mark), requests: server.log.slice(mark).map((r) => `${r.path} ${r.bytes}`) };
}

/**
 * Bytes for the first search on a fresh page (search code, Pagefind, its index and the shown
 * results' fragments) and for a second, different search; then keystroke-to-results for each query.
 */
export async function searchFigures(browser, server, path, [first, second, ...more]) {
  const page = await browser.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await settle(server.log);
  let mark = server.log.length;
  await page.locator(SEARCH_BOX).focus();
  const times = [await typeAndWait(page, first)];
  await settle(server.log);
  const firstSearch = bytesSince(server.log, mark);
  const firstSearchRequests = server.log.slice(mark).map((r) => `${r.path} ${r.bytes}`);
  await page.locator(SEARCH_BOX).fill('');
  mark = server.log.length;
  times.push(await typeAndWait(page, second));
  await settle(server.log);
  const secondSearch = bytesSince(server.log, mark);
  for (const query of more) {
    await page.locator(SEARCH_BOX).fill('');
    times.push(await typeAndWait(page, query));
  }
  await page.close();
  const latencies = times.map((t) => t.first);
  return { firstSearch, firstSearchRequests, secondSearch, latencies, fullLatencies: times.map((t) => t.full), keystrokeMedian: median(latencies) };
}

/** A hospital network as the issue describes it: about 1.6 Mbps down, 150 ms round trip. */
export const THROTTLED_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

/**
 * Milliseconds from the first keystroke of `query` (or its last, with `fromLastKey`: several words
 * are timed as the bench's other queries are) to the first suggestions shown, on a fresh page with
 * an empty cache over a throttled network, typed at a person's pace.
 */
export async function throttledFirstSuggestions(browser, server, path, query, { fromLastKey = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLED_NETWORK);
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(
    ({ selector, query, fromLastKey }) => {
      const input = document.querySelector(selector);
      const listbox = input.form.querySelector('[role="listbox"]');
      const status = input.form.parentElement.querySelector('[data-search-status]');
      const times = { key: 0, shown: 0 };
      window.__benchTimes = times;
      input.addEventListener('keydown', () => (times.key = fromLastKey ? performance.now() : times.key || performance.now()));
      // From the last key, only suggestions for the whole query count (earlier words had their own).
      const forQuery = () => !fromLastKey || status.textContent.includes(`“${query}”`);
      const check = () => {
        if (!times.shown && forQuery() && listbox.querySelector('[role="option"]')) times.shown = performance.now();
      };
      new MutationObserver(check).observe(listbox, { childList: true, subtree: true });
      new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
    },
    { selector: SEARCH_BOX, query, fromLastKey },
  );
  await page.locator(SEARCH_BOX).focus();
  await page.locator(SEARCH_BOX).pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => window.__benchTimes.shown > 0, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__benchTimes.shown - window.__benchTimes.key);
  await context.close();
  return ms;
}
