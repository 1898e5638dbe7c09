/**
 * The search feature's public addresses: the search page and its parameters, the highlight a result
 * carries to the page it opens, and the files the search box and page download. Apart from the
 * site's other URLs (src/shared/urls.ts re-exports them), so the code page's search loader carries
 * only these.
 */
import { withBase } from '../base-path.ts';

/** The search page parameter that carries the query (the search forms' input name too). */
export const SEARCH_QUERY_PARAM = 'q';

/** The search page parameter that names a kept edition to search instead of the live pages. */
export const SEARCH_EDITION_PARAM = 'edition';

/**
 * A search page link carries its query, filters and edition (a kept edition's year; none for the
 * live pages), so a pasted link reopens the same results.
 */
export function searchUrl(query = '', filters: Record<string, string> = {}, edition: number | null = null): string {
  const params = new URLSearchParams();
  if (query) params.set(SEARCH_QUERY_PARAM, query);
  if (edition !== null) params.set(SEARCH_EDITION_PARAM, String(edition));
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return withBase(search ? `/search/?${search}` : '/search/');
}

/** The query parameter that carries searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A result link that highlights the searched words on the page it opens. */
export function highlightUrl(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** Where the build writes the Pagefind index and its scripts. */
export function pagefindBaseUrl(): string {
  return withBase('/pagefind/');
}

/** One shard of the code directory the search box answers code queries from. */
export function codeDirectoryUrl(shard: string): string {
  return withBase(`/search/codes/${shard}.json`);
}

/** One shard of the word index the search box shows its first word suggestions from. */
export function wordSuggestionsUrl(shard: string): string {
  return withBase(`/search/word-suggestions/${shard}.json`);
}

/** What a word search needs besides Pagefind: glossary forms and the names ranking knows. */
export function searchVocabularyUrl(): string {
  return withBase('/search/vocabulary.json');
}

/** Every indexed word, downloaded only when a query finds nothing, to suggest spellings from. */
export function searchWordsUrl(): string {
  return withBase('/search/words.json');
}

/** Where the build writes a kept edition's own search index (the live one is pagefindBaseUrl()). */
export function editionPagefindUrl(year: number | string): string {
  return withBase(`/editions/${year}/pagefind/`);
}

/** Where the build writes the index added beside a kept edition's cached one (src/kept-cache/index-split.ts). */
export function editionAddedPagefindUrl(year: number | string): string {
  return withBase(`/editions/${year}/pagefind-added/`);
}
