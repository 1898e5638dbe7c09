import { EDITION_YEAR } from '../dates';
import { SEARCH_EDITION_PARAM, SEARCH_QUERY_PARAM, searchUrl } from './search-urls';

/** What a search page URL holds, and so what a pasted link reopens. */
export interface SearchState {
  query: string;
  /** One chosen value per known filter key. */
  filters: Record<string, string>;
  /** The kept edition searched (its year), or null for the live pages: the default. */
  edition: number | null;
}

/** What the search page offers; anything else a URL names (a stale or mistyped link) is left out. */
export interface SearchChoices {
  filterKeys: readonly string[];
  /** The years of the kept editions, each with a search index of its own. */
  editions: readonly number[];
}

/** A year the page offers, or null (the live pages) for a missing, unknown or malformed one. */
export function chosenEdition(value: string | null | undefined, editions: readonly number[]): number | null {
  const year = value?.trim();
  if (!year || !EDITION_YEAR.test(year)) return null;
  return editions.includes(Number(year)) ? Number(year) : null;
}

export function readSearchState(params: URLSearchParams, choices: SearchChoices): SearchState {
  const filters: Record<string, string> = {};
  for (const key of choices.filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: params.get(SEARCH_QUERY_PARAM) ?? '', filters, edition: chosenEdition(params.get(SEARCH_EDITION_PARAM), choices.editions) };
}

/** The search page link that reopens `state`. */
export function searchStateUrl(state: SearchState): string {
  return searchUrl(state.query.trim(), state.filters, state.edition);
}

/** The state's filters without `key`: what the counts of `key`'s values are taken with. */
export function filtersWithout(filters: Readonly<Record<string, string>>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key));
}
