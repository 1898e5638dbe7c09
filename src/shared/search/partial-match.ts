/** One searched word and the pages that hold it, in rank order. */
interface WordResults<T> {
  word: string;
  results: readonly T[];
}

interface PartialMatch<T> {
  result: T;
  /** The searched words this page holds, in query order. */
  words: string[];
}

/**
 * When no page holds every word, the pages that hold the most of them: more words first, and among
 * equals the better rank for the earliest word that holds them. `key` identifies a page across
 * the separate word searches.
 */
export function partialMatches<T>(perWord: readonly WordResults<T>[], key: (result: T) => string): PartialMatch<T>[] {
  const byKey = new Map<string, PartialMatch<T> & { first: number }>();
  perWord.forEach(({ word, results }, w) => {
    results.forEach((result, rank) => {
      const id = key(result);
      const match = byKey.get(id);
      if (match) match.words.push(word);
      else byKey.set(id, { result, words: [word], first: w * 1_000_000 + rank });
    });
  });
  return [...byKey.values()]
    .sort((a, b) => b.words.length - a.words.length || a.first - b.first)
    .map(({ result, words }) => ({ result, words }));
}
