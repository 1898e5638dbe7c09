import { compareCodes } from '../codes';
import type { DirectoryEntry } from './code-directory';
import { kindOrder, orderHits, type RankingNames, type WordSearchData } from './ranking';
import { expandQuery } from './vocabulary';
import { BOX_SUGGESTIONS, MIN_SUGGEST_CHARACTERS, parseQuery, type SearchQuery } from './query';
import { allWordShards, shardOf, singleWord } from './shards';

/**
 * The header box's suggestions for a word without Pagefind. On a slow network Pagefind needs six
 * round trips and some 270 KiB at 10,000 codes before its first result (BENCHMARKS.md); a file of
 * a few kilobytes per pair of first letters (./shards.ts) answers in one. It holds, for every word
 * of the code titles and leads the suggestions show, the first code pages that show it. For a
 * word it holds, that is the box's answer (answersAlone); for other words its suggestions show
 * until Pagefind's full-text answer replaces them, ranked in one place (./ranking.ts).
 */

/** Indexed word -> the code pages suggested for it, in order. */
export type WordShard = Record<string, DirectoryEntry[]>;

const wordsOf = (text: string) => text.toLocaleLowerCase('en').match(/[a-z]+/g) ?? [];

interface Candidate {
  entry: DirectoryEntry;
  /** 0 when the word is in the title, 1 when only in the lead. */
  place: number;
}

/**
 * The shards from the code directory's entries. Pagefind weighs a title match above body text
 * (metaWeights in src/browser/search/pagefind.ts), so title matches come first, then code
 * order. A word that names a modifier or a family is left out: the ranking puts that page first,
 * and only the full search has it.
 */
export function buildWordShards(entries: readonly DirectoryEntry[], names: RankingNames): Map<string, WordShard> {
  const byWord = new Map<string, Map<string, Candidate>>();
  for (const entry of entries) {
    if (!entry.code) continue;
    const places: [string, number][] = [...wordsOf(entry.lead).map((w): [string, number] => [w, 1]), ...wordsOf(entry.title).map((w): [string, number] => [w, 0])];
    for (const [word, place] of places) {
      if (word.length < MIN_SUGGEST_CHARACTERS) continue;
      const pages = byWord.get(word) ?? new Map<string, Candidate>();
      pages.set(entry.code, { entry, place: Math.min(place, pages.get(entry.code)?.place ?? place) });
      byWord.set(word, pages);
    }
  }
  const shards = new Map<string, WordShard>(allWordShards().map((shard) => [shard, {}]));
  for (const [word, pages] of [...byWord].sort(([a], [b]) => a.localeCompare(b))) {
    const query = parseQuery(word);
    if (kindOrder(query, names)[0] !== 'code') continue;
    const ranked = [...pages.values()].sort((a, b) => a.place - b.place || compareCodes(a.entry.code!, b.entry.code!));
    shards.get(shardOf(word))![word] = orderHits(query, ranked.slice(0, BOX_SUGGESTIONS).map((c) => c.entry));
  }
  return shards;
}

/**
 * The first suggestions for a query from its shard: the pages of the word itself, then of the
 * longer words it begins (Pagefind, too, takes a word being typed as the start of longer ones).
 */
export function lookUpWord(query: SearchQuery, shard: WordShard): DirectoryEntry[] {
  const typed = singleWord(query);
  if (!typed) return [];
  const words = Object.keys(shard)
    .filter((word) => word.startsWith(typed))
    .sort((a, b) => Number(b === typed) - Number(a === typed) || a.localeCompare(b));
  const seen = new Set<string>();
  return words
    .flatMap((word) => shard[word]!)
    .filter((entry) => !seen.has(entry.code!) && seen.add(entry.code!))
    .slice(0, BOX_SUGGESTIONS);
}

/**
 * Whether the word index's suggestions are the box's whole answer, so the box need not load
 * Pagefind (some 270 KiB at 10,000 codes, BENCHMARKS.md): yes for a single word it holds, unless
 * the glossary searches other forms of the word too, or the word names a modifier or a family
 * (whose page the ranking puts first and only the full search has). Anything else (several words,
 * a misspelling, a word found only in body text) is the full search's.
 */
export function answersAlone(query: SearchQuery, found: readonly unknown[], data: WordSearchData): boolean {
  if (!found.length || !singleWord(query) || query.kind !== 'text') return false;
  return kindOrder(query, data)[0] === 'code' && expandQuery(query.term, data.forms).length === 0;
}
