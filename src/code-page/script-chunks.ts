/**
 * How the browser scripts of the code page, the page a coder loads most, are bundled (Rolldown
 * `codeSplitting` groups). Left to itself the bundler gives each module that two page scripts share
 * a file of its own: eleven small requests on a code page, each with its own compression overhead.
 * - code-page: the code page's scripts (search loader, copy buttons, the section being read, the
 *   recent visit), the modules they share, the helper that preloads a dynamic import's dependencies
 *   (src/code-page/module-preload-helper.ts), and the code page layout's script entry itself, so the
 *   page loads one file and not also a one-line file importing it. Other pages that need one of
 *   them load the whole chunk, about 3.5 KiB gzip.
 * - site-urls: the site's page addresses (src/shared/urls.ts), which the search box, the handout
 *   and compare pages share; its own chunk, so those pages do not load the search box with it. It
 *   also takes the small modules those pages share among themselves (how a kept edition differs
 *   from the live pages, read by the search box and the handout; the element and address-list
 *   helpers of the handout, compare and practice pages): a chunk of their own, each a few hundred
 *   bytes, cost the handout and a first search one more request each (on a 150 ms line, about 9 ms
 *   a request: BENCHMARKS.md, round 8).
 * The search box stays in the bundler's chunks: grouped into one file with the modules it shares
 * with the search page, that page loaded it statically, and WebKit then never settled the search
 * loader's import() of the same file (tests/engines: a code entered before focus stayed on /search/).
 */
import type { CodeSplittingGroup } from 'rolldown';

const underSrc = (paths: readonly string[]) => paths.map((path) => `/src/${path}`);
const capturing = (paths: readonly string[]) => (id: string) => paths.some((path) => id.endsWith(path));

const SHARED_BY_CODE_PAGE_SCRIPTS = underSrc([
  'shared/codes.ts',
  'shared/search/query.ts',
  'shared/search/shards.ts',
  'shared/search/shortcut-keys.ts',
  'shared/search/search-urls.ts',
  'shared/base-path.ts',
  'shared/browser-storage.ts',
  'shared/recent-codes.ts',
  'shared/current-section.ts',
  'browser/search/search-files.ts',
  'browser/write-document-copy.ts',
]);
// The scripts a code page runs at load (search box loader, copy buttons, section being read, recent
// visit) in the same file: the page's script entry is then a one-line import of it (one file of
// 4 KiB compresses better than a file each). Other pages load them with the chunk, and each acts
// only on what it finds (no table of contents, copy button or visit to record: nothing to do).
const CODE_PAGE_SCRIPTS = underSrc([
  'browser/search/search-box-loader.ts',
  'browser/copy-buttons.ts',
  'browser/reading/toc-current.ts',
  'browser/reading/record-visit.ts',
]);
// What the other pages run at load (the search loader and copy buttons above): kept in the chunk,
// or it would be a one-line file of its own on each of those pages.
const SITE_PAGE_SCRIPTS = underSrc(['browser/site-page.ts']);
const PRELOAD_HELPER = 'vite/preload-helper';
// The module Astro makes of the code page layout's <script> (src/layouts/CodePage.astro).
const CODE_PAGE_ENTRY = '/src/layouts/CodePage.astro?astro&type=script';

const SITE_URLS = underSrc(['shared/urls.ts', 'shared/dates.ts', 'shared/handout-params.ts']);
const SHARED_BEYOND_CODE_PAGE = underSrc(['browser/editions/edition-differences.ts', 'browser/element.ts', 'shared/address-lists.ts']);

export const SCRIPT_CHUNKS: CodeSplittingGroup[] = [
  { name: 'code-page', priority: 3, test: (id) => id.includes(PRELOAD_HELPER) || id.includes(CODE_PAGE_ENTRY) || capturing([...SHARED_BY_CODE_PAGE_SCRIPTS, ...CODE_PAGE_SCRIPTS, ...SITE_PAGE_SCRIPTS])(id) },
  { name: 'site-urls', priority: 2, test: capturing([...SITE_URLS, ...SHARED_BEYOND_CODE_PAGE]) },
];
