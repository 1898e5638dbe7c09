import { editionAddedPagefindUrl, editionPagefindUrl, pagefindBaseUrl } from '../../shared/search/search-urls';
import { OTHER_PAGE_SORT_KEY } from '../../shared/search/ranking';
import { homeUrl } from '../../shared/urls';
import { keptEditionBundle } from './kept-edition-bundle';

/** The part of Pagefind's browser API we use (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
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
  mergeIndex(folder: string, options: object): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export class SearchUnavailableError extends Error {}

export const LOAD_FAILED_MESSAGE = 'Search could not load. Check your connection, or browse the code list.';

interface FoundPages {
  results: PagefindResult[];
  counts: FilterCounts;
}

/** One Pagefind index with its own pagefind.js: the live pages' or a kept edition's. */
export interface PagefindBundle {
  /** Loads this bundle's Pagefind on first use only, so pages carry no search code until someone searches. */
  load(): Promise<PagefindApi>;
  /**
   * Pagefind reports filter counts with a word search only once its filter index has been loaded,
   * which it otherwise does only for a filtered search. The search page needs the counts; the
   * header box does not, so it never pays for this.
   */
  loadFilterIndex(): Promise<void>;
  findPages(term: string | null, filters: Record<string, string>): Promise<FoundPages>;
  /**
   * The code pages among a search's results, in code order (for code prefixes and filters alone).
   * Pagefind keeps pages without a sort key out of sorted results, and only code pages have a
   * `code` key. Its sort looks up each result's place in a list of every code page, so for words
   * most pages hold it costs more than the search itself: a word search never makes it.
   */
  findCodePages(term: string | null, filters: Record<string, string>): Promise<PagefindResult[]>;
  /**
   * The ids of the pages that are not code pages (family and modifier pages), found once per page
   * life: what tells the kinds apart in a word search's results (OTHER_PAGE_SORT_KEY). In an index
   * no page of which has the key (a kept edition's: code pages only), Pagefind returns every page,
   * and every page counting as one kind leaves its results in relevance order, as they should be.
   */
  findOtherPages(): Promise<ReadonlySet<string>>;
  /** Set when every page it finds is a code page, so code order needs no other pages after it. */
  codePagesOnly?: boolean;
}

// The code number and title are what coders type; they outrank a passing mention in body text.
// Pagefind indexes dist/ by file, so its result URLs lack the base path until told it.
const pagefindOptions = () => ({ baseUrl: homeUrl(), excerptLength: 24, ranking: { metaWeights: { code: 10, title: 5 } } });

/** The Pagefind of `folder`, searching the index in `merged` too when given (each index takes its options separately). */
async function importPagefind(folder: string, tag: string, merged?: string): Promise<PagefindApi> {
  let pagefind: PagefindApi;
  try {
    pagefind = (await import(/* @vite-ignore */ `${folder}pagefind.js${tag}`)) as PagefindApi;
  } catch {
    throw new SearchUnavailableError(
      import.meta.env.DEV
        ? 'No search index in the dev server: the index is made by "npm run build". Run "npm start" to try search.'
        : LOAD_FAILED_MESSAGE,
    );
  }
  // Search runs in Pagefind's worker: one search takes up to 0.9 s at 10,000 codes, which on the
  // main thread held typing (BENCHMARKS.md, issue 24). Its script (12 KiB) is no longer on a first
  // search's path: codes and single indexed words are answered without Pagefind.
  await pagefind.options(pagefindOptions());
  await pagefind.init();
  if (merged) await pagefind.mergeIndex(merged, pagefindOptions());
  return pagefind;
}

/** A promise made once and kept, unless it fails: then the next call tries again. */
function retriedOnce<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    });
    return made;
  };
}

/**
 * Each bundle is imported from its own folder. pagefind.js keeps its search instance in module
 * state and finds its index beside its own URL (import.meta.url), and a browser keeps one module
 * per URL: two bundles on one page are two independent modules, and neither downloads the other's
 * files. (Pagefind's mergeIndex would search both indexes at once, which an edition choice is not;
 * it is what joins a kept edition's added index to its main one, `merged`.)
 */
function openBundle(folder: string, tag = '', merged?: string): PagefindBundle {
  let filterIndex: Promise<unknown> | undefined;
  const load = retriedOnce(() => importPagefind(folder, tag, merged));
  const findOtherPages = retriedOnce(async () => {
    const found = await (await load()).search(null, { sort: { [OTHER_PAGE_SORT_KEY]: 'asc' } });
    return new Set((found?.results ?? []).map((result) => result.id));
  });
  return {
    load,
    findOtherPages,
    async loadFilterIndex() {
      const pagefind = await load();
      // Once the filter index is in, Pagefind counts every filter value for every search: the
      // search for no words that finds the other pages would count them over the whole site.
      await findOtherPages();
      filterIndex ??= pagefind.filters();
      await filterIndex;
    },
    async findPages(term, filters) {
      const found = await (await load()).search(term, { filters });
      return { results: found?.results ?? [], counts: found?.filters ?? {} };
    },
    async findCodePages(term, filters) {
      return (await (await load()).search(term, { filters, sort: { code: 'asc' } }))?.results ?? [];
    },
  };
}

/** A kept edition's search: the live index as a second instance, and its own index with any added beside it. */
function keptBundle(year: number): PagefindBundle {
  // pagefind.js finds its index from its own address, query and all: a tagged import is a second instance.
  const live = openBundle(pagefindBaseUrl(), `?edition=${year}`);
  return keptEditionBundle(year, live, (withAdded) => openBundle(editionPagefindUrl(year), '', withAdded ? editionAddedPagefindUrl(year) : undefined));
}

const bundles = new Map<string, PagefindBundle>();

/** The bundle search reads: a kept edition's (by year) or, for null, the live pages'. One per page life. */
export function pagefindBundle(edition: number | null = null): PagefindBundle {
  const key = String(edition);
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = edition === null ? openBundle(pagefindBaseUrl()) : keptBundle(edition);
    bundles.set(key, bundle);
  }
  return bundle;
}
