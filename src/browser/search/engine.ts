import { pagefindBundle, type FilterCounts, type PagefindBundle, type PagefindResult } from './pagefind';
import { loadIndexedWords, loadWordSearchData } from './word-data';
import { expandQuery } from '../../shared/search/vocabulary';
import { partialMatches } from '../../shared/search/partial-match';
import { BOX_SUGGESTIONS, nearbyCodesQuery, type SearchQuery } from '../../shared/search/query';
import { excerptSegments, type ExcerptSegment, type SearchNote } from '../../shared/search/presentation';
import { kindOrder, orderHits, rankByKind, type RankingNames } from '../../shared/search/ranking';
import { correctQuery, isSameWord } from '../../shared/search/spelling';

export interface SearchHit {
  url: string;
  code: string | undefined;
  modifier: string | undefined;
  family: string | undefined;
  title: string;
  excerpt: ExcerptSegment[];
  /** For a partial match: the searched words its page holds. */
  partial?: string[] | undefined;
}

export interface SearchOutcome {
  /** Every matching page, in display order, loaded on demand. */
  total: number;
  load(from: number, to: number): Promise<SearchHit[]>;
  /** For each filter key, how many results each value would leave. */
  counts: FilterCounts;
  /** Set when the words as typed were not what found the results. */
  note?: SearchNote;
}

interface Found {
  result: PagefindResult;
  partial?: string[];
}

/** Where a search looks: one Pagefind bundle (the live pages' or a kept edition's) and the filters within it. */
export interface SearchScope {
  bundle: PagefindBundle;
  filters: Record<string, string>;
}

/** The live pages, unfiltered: what the header box always searches. */
export const liveScope = (): SearchScope => ({ bundle: pagefindBundle(), filters: {} });

async function toHit({ result, partial }: Found): Promise<SearchHit> {
  const data = await result.data();
  const { code, modifier, family, title } = data.meta;
  return { url: data.url, code, modifier, family, title: title ?? data.url, excerpt: excerptSegments(data.excerpt), partial };
}

/** Results in their final order; only `load` fetches result details, a page at a time. */
function outcome(query: SearchQuery, found: readonly Found[], counts: FilterCounts, note?: SearchNote): SearchOutcome {
  const hits = new Map<number, Promise<SearchHit>>();
  const hitAt = (i: number) => {
    if (!hits.has(i)) hits.set(i, toHit(found[i]!));
    return hits.get(i)!;
  };
  return {
    total: found.length,
    counts,
    ...(note ? { note } : {}),
    async load(from, to) {
      const page = await Promise.all(found.slice(from, to).map((_, i) => hitAt(from + i)));
      // The page a query names exactly (a modifier, a family) can only be told by its details.
      return from === 0 ? orderHits(query, page) : page;
    },
  };
}

/**
 * Relevance order, with code pages before the others (or after, when the query names one of those).
 * One Pagefind search: for words most pages hold, its cost grows with the square of the pages
 * found (seconds at 10,000 codes, docs/search.md), so the kinds come from the other pages' ids.
 */
async function rankedPages(query: SearchQuery, term: string, { bundle, filters }: SearchScope, names: RankingNames) {
  const [found, otherPages] = await Promise.all([bundle.findPages(term, filters), bundle.findOtherPages()]);
  const results = rankByKind(found.results, (result) => (otherPages.has(result.id) ? 'other' : 'code'), kindOrder(query, names));
  return { results, counts: found.counts };
}

/** Code prefixes and filter-only searches come back in code order; the other pages follow. */
async function inCodeOrder(term: string | null, { bundle, filters }: SearchScope) {
  const [found, sorted] = await Promise.all([bundle.findPages(term, filters), bundle.findCodePages(term, filters)]);
  const inSorted = new Set(sorted.map((result) => result.id));
  const others = bundle.codePagesOnly ? [] : found.results.filter((result) => !inSorted.has(result.id));
  return { results: [...sorted, ...others], counts: found.counts };
}

const union = (lists: readonly PagefindResult[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
};

/** The most separate word searches one query makes when falling back, whatever is pasted. */
const MAX_FALLBACK_WORDS = 8;
/** Results whose excerpts are read to tell a real match from Pagefind's prefix fallback: the box's first page. */
const CHECKED_HITS = BOX_SUGGESTIONS;

const asFound = (results: readonly PagefindResult[]): Found[] => results.map((result) => ({ result }));

/** Typed words that no excerpt marks: Pagefind found pages for them only by a shorter prefix. */
function unmatchedWords(words: readonly string[], hits: readonly SearchHit[]): Set<string> {
  const marked = hits.flatMap((hit) => hit.excerpt.filter((s) => s.marked).flatMap((s) => s.text.split(/[^\p{L}\p{N}]+/u)));
  return new Set(words.filter((word) => !marked.some((m) => isSameWord(word, m))));
}

/** The corrected query's results, offered only when they exist, so "Did you mean" never leads nowhere. */
async function correctedSearch(query: SearchQuery, words: string[], unknown: Set<string>, scope: SearchScope, names: RankingNames) {
  const corrected = correctQuery(words, unknown, await loadIndexedWords());
  if (!corrected) return undefined;
  const found = await rankedPages(query, corrected, scope, names);
  return found.results.length ? outcome(query, asFound(found.results), found.counts, { kind: 'corrected', query: corrected }) : undefined;
}

/**
 * Words as typed first; then other forms of a glossary term; then, for a word that matched
 * nothing, the nearest indexed spelling; then the pages holding most of the words.
 */
async function forgivingSearch(query: Extract<SearchQuery, { kind: 'text' }>, scope: SearchScope, isWanted: () => boolean): Promise<SearchOutcome> {
  const data = await loadWordSearchData();
  const main = await rankedPages(query, query.term, scope, data);
  // Pagefind searches one query at a time (up to a second at 10,000 codes, docs/search.md): a query
  // already replaced by the next keystroke is not worth another search, a fragment or a word list.
  if (!isWanted()) return outcome(query, asFound(main.results), main.counts);
  const expansions = expandQuery(query.term, data.forms);
  const expanded = await Promise.all(expansions.map((e) => rankedPages(query, e.query, scope, data)));
  const searched = expansions.filter((_, i) => expanded[i]!.results.length > 0).map((e) => e.searched);
  const results = union([main.results, ...expanded.map((e) => e.results)]);
  if (searched.length) return outcome(query, asFound(results), main.counts, { kind: 'expanded', searched, alone: main.results.length === 0 });
  const plain = outcome(query, asFound(results), main.counts);
  if (query.codeLike || !isWanted()) return plain;
  const words = [...new Set(query.term.toLocaleLowerCase('en').split(' ').filter(Boolean))].slice(0, MAX_FALLBACK_WORDS);
  if (results.length) {
    const unknown = unmatchedWords(words, await plain.load(0, CHECKED_HITS));
    return (unknown.size && (await correctedSearch(query, words, unknown, scope, data))) || plain;
  }
  const perWord = await Promise.all(words.map(async (word) => ({ word, results: (await scope.bundle.findPages(word, scope.filters)).results })));
  const unknown = new Set(perWord.filter((w) => !w.results.length).map((w) => w.word));
  const corrected = unknown.size ? await correctedSearch(query, words, unknown, scope, data) : undefined;
  if (corrected) return corrected;
  const partial = partialMatches(perWord, (result) => result.id).map(({ result, words: held }) => ({ result, partial: held }));
  if (words.length < 2 || !partial.length) return plain;
  return outcome(query, partial, main.counts, { kind: 'partial', words: perWord.filter((w) => w.results.length).map((w) => w.word) });
}

/**
 * Runs one search through the tiers its kind needs; the header box and the search page share it.
 * Every tier reads the scope's bundle, so a kept edition's search answers from that edition
 * (src/browser/search/kept-edition-bundle.ts): codes and code prefixes too, by Pagefind's code
 * search in code order (the code directory describes the live pages only). `isWanted` says whether the answer is still awaited, so the
 * fallbacks are skipped once it is not.
 */
export async function runSearch(query: SearchQuery, scope: SearchScope = liveScope(), isWanted: () => boolean = () => true): Promise<SearchOutcome> {
  const pagefind = await scope.bundle.load();
  const hasFilters = Object.keys(scope.filters).length > 0;
  if (query.kind === 'unsearchable' || (query.kind === 'empty' && !hasFilters)) {
    return { total: 0, load: async () => [], counts: query.kind === 'empty' ? await pagefind.filters() : {} };
  }
  if (query.kind === 'text') return forgivingSearch(query, scope, isWanted);
  const found = await inCodeOrder(query.kind === 'empty' ? null : query.term, scope);
  const nearby = nearbyCodesQuery(query);
  if (!found.results.length && nearby && !hasFilters) return runSearch(nearby, scope);
  return outcome(query, found.results.map((result) => ({ result })), found.counts);
}
