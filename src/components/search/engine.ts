import { excerptSegments, nearbyCodesQuery, orderHits, type ExcerptSegment, type SearchQuery } from '../../lib/search-query';
import { homeUrl, pagefindBaseUrl } from '../../lib/urls';

/** The part of Pagefind's browser API we use (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export interface SearchHit {
  url: string;
  code: string | undefined;
  modifier: string | undefined;
  title: string;
  excerpt: ExcerptSegment[];
}

export interface SearchOutcome {
  /** Every matching page, in display order, loaded on demand. */
  total: number;
  load(from: number, to: number): Promise<SearchHit[]>;
  /** For each filter key, how many results each value would leave. */
  counts: FilterCounts;
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

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  return { url: data.url, code: data.meta['code'], modifier: data.meta['modifier'], title: data.meta['title'] ?? data.url, excerpt: excerptSegments(data.excerpt) };
}

/**
 * Runs one search. Code prefixes and filter-only searches come back in code order; a query that
 * names a code has that code first. Only `load` fetches result details, a page at a time.
 */
export async function runSearch(query: SearchQuery, filters: Record<string, string> = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const term = query.kind === 'empty' ? null : query.kind === 'unsearchable' ? undefined : query.term;
  const hasFilters = Object.keys(filters).length > 0;
  if (term === undefined || (term === null && !hasFilters)) {
    return { total: 0, load: async () => [], counts: term === null ? await pagefind.filters() : {} };
  }
  const found = await pagefind.search(term, { filters });
  let results = found?.results ?? [];
  if (term === null || query.kind === 'prefix') {
    // Pagefind leaves pages without a sort key out of sorted results, so code order comes from a
    // second, sorted search, and the other pages (modifiers, families) follow the codes.
    const sorted = (await pagefind.search(term, { filters, sort: { code: 'asc' } }))?.results ?? [];
    const inSorted = new Set(sorted.map((result) => result.id));
    results = [...sorted, ...results.filter((result) => !inSorted.has(result.id))];
  }
  const nearby = nearbyCodesQuery(query);
  if (!results.length && nearby && !hasFilters) return runSearch(nearby);
  const hits = new Map<number, Promise<SearchHit>>();
  const hitAt = (i: number) => {
    if (!hits.has(i)) hits.set(i, toHit(results[i]!));
    return hits.get(i)!;
  };
  return {
    total: results.length,
    counts: found?.filters ?? {},
    async load(from, to) {
      const page = await Promise.all(results.slice(from, to).map((_, i) => hitAt(from + i)));
      // Reordering happens within the first page only: later pages stay in Pagefind's order.
      return from === 0 ? orderHits(query, page) : page;
    },
  };
}
