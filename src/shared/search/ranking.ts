import { compareCodes } from '../codes';
import { lower, type SearchVocabulary } from './vocabulary';
import type { CodedHit, SearchQuery } from './query';

/** The kinds of page search returns. */
type PageKind = 'code' | 'other';

/**
 * The Pagefind sort key that family and modifier pages carry and code pages do not. Pagefind keeps
 * pages without a sort key out of sorted results, so one search for no words, sorted by this key,
 * lists the pages that are not code pages: it scores no words, so it costs milliseconds whatever
 * the site's size, where telling the kinds apart by a second, sorted search for the same words
 * cost as much as the search itself (seconds at 10,000 codes, issue 24; docs/search.md).
 */
export const OTHER_PAGE_SORT_KEY = 'other';

/** What ranking needs to know about the site beyond Pagefind's scores. */
export interface RankingNames {
  /** Modifier ids, upper case ("59", "XS"). */
  modifiers: readonly string[];
  /** Family names, lower case. */
  families: readonly string[];
}


/**
 * A word query is nearly always after a code, so code pages come first and family and modifier
 * pages follow; a query that names a modifier or a family exactly wants that page, so those lead.
 */
export function kindOrder(query: SearchQuery, names: RankingNames): PageKind[] {
  if (query.kind !== 'text') return ['code', 'other'];
  const typed = query.shown;
  const namesOther = names.modifiers.includes(typed.toUpperCase()) || names.families.includes(lower(typed));
  return namesOther ? ['other', 'code'] : ['code', 'other'];
}

/** Everything a word search needs besides Pagefind, in one small download made at first focus. */
export interface WordSearchData extends RankingNames {
  forms: SearchVocabulary;
}

/** Stable: within a kind, results keep the order they came in (Pagefind's relevance). */
export function rankByKind<T>(results: readonly T[], kindOf: (result: T) => PageKind, order: readonly PageKind[]): T[] {
  return order.flatMap((kind) => results.filter((result) => kindOf(result) === kind));
}

/** A hit as ordering sees it: a family page carries its family's name. */
interface RankedHit extends CodedHit {
  family?: string | undefined;
}

/**
 * Pagefind ranks by word relevance, which is arbitrary among codes sharing a prefix. A page that
 * is exactly what was typed (a code, a modifier such as "59", a family's name) goes first, and a
 * prefix lists its codes in code order; everything else keeps its rank.
 */
export function orderHits<T extends RankedHit>(query: SearchQuery, hits: readonly T[]): T[] {
  if (query.kind === 'empty' || query.kind === 'unsearchable') return [...hits];
  const typed = query.shown.toUpperCase();
  const isNamed = (hit: T) =>
    hit.code === typed ||
    (query.kind === 'code' && hit.code === query.code) ||
    hit.modifier === typed ||
    (hit.family !== undefined && lower(hit.family) === lower(query.shown));
  const named = hits.filter(isNamed);
  const rest = hits.filter((hit) => !isNamed(hit));
  if (query.kind !== 'prefix') return [...named, ...rest];
  const matches = (hit: T) => hit.code?.startsWith(query.prefix) ?? false;
  const coded = rest.filter(matches).sort((a, b) => compareCodes(a.code!, b.code!));
  return [...named, ...coded, ...rest.filter((hit) => !matches(hit))];
}
