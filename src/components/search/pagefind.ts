import { homeUrl, pagefindBaseUrl } from '../../lib/urls';

/** The part of Pagefind's browser API we use (pagefind.js has no published types). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export class SearchUnavailableError extends Error {}

export const LOAD_FAILED_MESSAGE = 'Search could not load. Check your connection, or browse the code list.';

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind on first use only, so pages carry no search code until someone searches. */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    let pagefind: PagefindApi;
    try {
      pagefind = (await import(/* @vite-ignore */ `${pagefindBaseUrl()}pagefind.js`)) as PagefindApi;
    } catch {
      api = undefined;
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'No search index in the dev server: the index is made by "npm run build". Run "npm start" to try search.'
          : LOAD_FAILED_MESSAGE,
      );
    }
    // The code number and title are what coders type; they outrank a passing mention in body text.
    // noWorker: the worker script is one more download and request wave before the first result,
    // and a search over short code pages is quick enough for the main thread (see BENCHMARKS.md).
    // Pagefind indexes dist/ by file, so its result URLs lack the base path until told it.
    await pagefind.options({ baseUrl: homeUrl(), noWorker: true, excerptLength: 24, ranking: { metaWeights: { code: 10, title: 5 } } });
    await pagefind.init();
    return pagefind;
  })();
  return api;
}

let filterIndex: Promise<unknown> | undefined;

/**
 * Pagefind reports filter counts with a word search only once its filter index has been loaded,
 * which it otherwise does only for a filtered search. The search page needs the counts; the
 * header box does not, so it never pays for this.
 */
export async function loadFilterIndex(): Promise<void> {
  const pagefind = await loadPagefind();
  filterIndex ??= pagefind.filters();
  await filterIndex;
}

export interface FoundPages {
  results: PagefindResult[];
  counts: FilterCounts;
}

export async function findPages(term: string | null, filters: Record<string, string>): Promise<FoundPages> {
  const found = await (await loadPagefind()).search(term, { filters });
  return { results: found?.results ?? [], counts: found?.filters ?? {} };
}

/**
 * The ids of code pages among a search's results. Pagefind keeps pages without a sort key out of
 * sorted results, and only code pages have a `code` key: so a sorted search tells code pages from
 * the others without fetching a single result fragment.
 */
export async function findCodePages(term: string | null, filters: Record<string, string>): Promise<PagefindResult[]> {
  return (await (await loadPagefind()).search(term, { filters, sort: { code: 'asc' } }))?.results ?? [];
}
