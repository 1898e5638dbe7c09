// A first search on a Starlight page as a reader makes it: the search button opens Starlight's
// dialog (Pagefind's default UI), the words are typed at a person's pace, and the bytes are counted
// at the server (startServer's log) from the moment the loaded page is quiet until the results
// show and no request follows, as freshSearchBytes counts ours.
import { settle } from './keystroke-timing.mjs';

const SEARCH_BUTTON = 'button[data-open-modal]';
const SEARCH_INPUT = '#starlight__search input';
// A result's link is drawn once Pagefind has loaded that result's fragment (its title and excerpt).
const RESULT_LINK = '#starlight__search .pagefind-ui__result-link';

const bytesSince = (log, mark) => log.slice(mark).reduce((sum, entry) => sum + entry.bytes, 0);

/** Bytes of `path` loaded in a new context (empty cache), and of a first search for `query` on it. */
export async function starlightFreshSearch(browser, server, path, query) {
  const page = await browser.newPage();
  const loaded = server.log.length;
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await settle(server.log);
  const mark = server.log.length;
  await page.locator(SEARCH_BUTTON).click();
  await page.locator(SEARCH_INPUT).pressSequentially(query, { delay: 60 });
  await page.locator(RESULT_LINK).first().waitFor({ timeout: 30_000 });
  await settle(server.log);
  const resultLinks = await page.locator(RESULT_LINK).count();
  await page.close();
  return {
    pageBytes: bytesSince(server.log.slice(0, mark), loaded),
    bytes: bytesSince(server.log, mark),
    resultLinks,
    requests: server.log.slice(mark).map((r) => `${r.path} ${r.bytes}`),
  };
}
