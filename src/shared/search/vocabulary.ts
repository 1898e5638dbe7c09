/**
 * The glossary as search uses it in the browser. Kept apart from src/glossary/terms.ts, whose
 * schema brings zod: zod compiles validators with eval, which the CSP forbids, and is 80 KB.
 */

/** For each written form of a glossary term (lower case), the forms searched besides it. */
export type SearchVocabulary = Record<string, string[]>;

export const lower = (text: string) => text.toLocaleLowerCase('en');

/** Phrases in the vocabulary are at most this many words, so matching stays linear in the query. */
const MAX_PHRASE_WORDS = 6;

/** A query rewritten with one glossary form replaced by another. */
interface Expansion {
  query: string;
  /** The form searched in place of what was typed. */
  searched: string;
}

/**
 * Queries worth running besides the one typed: the first glossary form in the query (longest
 * phrase first) replaced by each of its alternatives. Case-insensitive; words keep their order.
 */
export function expandQuery(term: string, vocabulary: SearchVocabulary): Expansion[] {
  const words = lower(term).split(' ').filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(MAX_PHRASE_WORDS, words.length - start); length > 0; length--) {
      const form = words.slice(start, start + length).join(' ');
      const alternatives = Object.hasOwn(vocabulary, form) ? vocabulary[form]! : [];
      if (!alternatives.length) continue;
      return alternatives.map((alternative) => ({
        query: [...words.slice(0, start), alternative, ...words.slice(start + length)].join(' '),
        searched: alternative,
      }));
    }
  }
  return [];
}
