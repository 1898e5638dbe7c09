import type { SearchOutcome } from './engine';
import { searchMessage } from '../../shared/search/presentation';
import type { SearchQuery } from '../../shared/search/query';
import { searchUrl } from '../../shared/search/search-urls';

/**
 * Writes what a search found into `element`: the message the box and the search page share, and
 * for a corrected spelling a "Did you mean" link that searches the corrected words for real
 * (`linkFor` makes it: the search page keeps its filters and edition in it).
 * Returns the message as plain text, for a live region.
 */
export function renderSummary(
  element: HTMLElement,
  query: SearchQuery,
  outcome: Pick<SearchOutcome, 'total' | 'note'>,
  exactMissing: boolean,
  linkFor: (corrected: string) => string = (corrected) => searchUrl(corrected),
): string {
  const text = searchMessage(query, outcome.total, exactMissing, outcome.note);
  element.replaceChildren(text);
  if (outcome.note?.kind === 'corrected') {
    const link = document.createElement('a');
    link.href = linkFor(outcome.note.query);
    link.textContent = outcome.note.query;
    link.dataset['didYouMean'] = '';
    element.append(' Did you mean ', link, '?');
  }
  return element.textContent ?? text;
}
