/**
 * Adding codes by words: the site's own search (src/browser/search/engine.ts) over the live pages
 * or the chosen kept edition's, showing the codes it finds, each with an Add button. Loaded on the
 * first search, so a handout opened from its link never downloads it.
 */
import { runSearch } from '../search/engine';
import { pagefindBundle } from '../search/pagefind';
import { parseQuery } from '../../shared/search/query';
import { resultItem, showSearchResults } from './search-results';

/** Enough to choose from; a trainer who wants more narrows the words. */
const SHOWN_RESULTS = 8;

/** Searches `words` (in `edition`, or the live pages for null); resolves to how many codes it shows. */
export async function searchCodes(words: string, edition: number | null): Promise<number> {
  const outcome = await runSearch(parseQuery(words), { bundle: pagefindBundle(edition), filters: {} });
  const hits = (await outcome.load(0, SHOWN_RESULTS * 2)).filter((hit) => hit.code).slice(0, SHOWN_RESULTS);
  showSearchResults(hits.map((hit) => resultItem(hit.code!, hit.title)));
  return hits.length;
}
