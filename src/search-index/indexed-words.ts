import { allowedEdits } from '../shared/search/spelling';
import { MAX_WORD_LENGTH } from '../shared/search/query';

/**
 * The word list spelling suggestions come from: every word of the indexed text that is long enough
 * to correct, most frequent first (a tie between two suggestions goes to the commoner word).
 */
export function indexedWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLocaleLowerCase('en').match(/\p{L}+/gu) ?? []) {
      if (allowedEdits(word.length) === 0 || word.length > MAX_WORD_LENGTH) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
