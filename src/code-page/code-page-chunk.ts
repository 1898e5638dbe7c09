/**
 * The modules a code page's scripts share (the search loader, the copy buttons, the section being
 * read and the recent visit), bundled as one chunk. Left to itself the bundler gives each module
 * that two page scripts share a file of its own: eleven small requests on the page a coder loads
 * most, each with its own compression overhead. Other pages that need one of these load the whole
 * chunk, about 2 KiB gzip; the code page's weight budget (BENCHMARKS.md) is the one that counts.
 */
import type { CodeSplittingGroup } from 'rolldown';

/** Paths under src/, and Vite's helper that preloads a dynamic import's dependencies. */
const SHARED_BY_CODE_PAGE_SCRIPTS = [
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
].map((path) => `/src/${path}`);
const PRELOAD_HELPER = 'vite/preload-helper';

export const CODE_PAGE_CHUNK: CodeSplittingGroup = {
  name: 'code-page',
  test: (id) => id.includes(PRELOAD_HELPER) || SHARED_BY_CODE_PAGE_SCRIPTS.some((path) => id.endsWith(path)),
};
