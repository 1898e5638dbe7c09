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

/** A shard's words that answer a typed word: the word itself first, then, for a word still being typed, the longer words it begins. */
function wordsAnswering(typed: string, shard: WordShard, asPrefix: boolean): string[] {
  if (!asPrefix) return typed in shard ? [typed] : [];
  return Object.keys(shard)
    .filter((word) => word.startsWith(typed))
    .sort((a, b) => Number(b === typed) - Number(a === typed) || a.localeCompare(b));
}

/** Each page once, in the order first met. */
function distinctPages(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.code!) && seen.add(entry.code!));
}

/**
 * The first suggestions for a query from its shard: the pages of the word itself, then of the
 * longer words it begins (Pagefind, too, takes a word being typed as the start of longer ones).
 */
export function lookUpWord(query: SearchQuery, shard: WordShard): DirectoryEntry[] {
  const typed = singleWord(query);
  if (!typed) return [];
  return distinctPages(wordsAnswering(typed, shard, true).flatMap((word) => shard[word]!)).slice(0, BOX_SUGGESTIONS);
}

/**
 * The words of a query of several plain words (letters a to z), each long enough to have a shard;
 * null for anything else (one word, a code, punctuation, a one-letter word), which the word index
 * does not answer as several words.
 */
export function severalWords(query: SearchQuery): string[] | null {
  if (query.kind !== 'text' || query.codeLike) return null;
  const words = [...new Set(query.term.toLocaleLowerCase('en').split(' ').filter(Boolean))];
  const plain = words.every((word) => /^[a-z]+$/.test(word) && word.length >= MIN_SUGGEST_CHARACTERS);
  return words.length > 1 && plain ? words : null;
}

/**
 * First suggestions for several words, from each word's shard, without Pagefind (whose scoring
 * takes up to a second at 10,000 codes, docs/search.md). The candidates are the pages the shards
 * list for any of the words; a page is suggested when its title and summary hold every word (the
 * last one, still being typed, as the start of a word). Pages with more of the words in their
 * title come first, then code order: the single-word rule, which follows Pagefind's heavier title
 * weight. Each shard keeps only a word's first pages, so a page holding every word may be missing
 * here: these show until Pagefind's full answer replaces them.
 */
export function lookUpWords(words: readonly string[], shards: ReadonlyMap<string, WordShard>): DirectoryEntry[] {
  const last = words.length - 1;
  const holds = (text: readonly string[], word: string, i: number) => text.some((w) => (i === last ? w.startsWith(word) : w === word));
  const candidates = distinctPages(
    words.flatMap((typed, i) => {
      const shard = shards.get(shardOf(typed)) ?? {};
      return wordsAnswering(typed, shard, i === last).flatMap((word) => shard[word]!);
    }),
  );
  return candidates
    .map((entry) => ({ entry, title: wordsOf(entry.title), text: [...wordsOf(entry.title), ...wordsOf(entry.lead)] }))
    .filter(({ text }) => words.every((word, i) => holds(text, word, i)))
    .map(({ entry, title }) => ({ entry, inTitle: words.filter((word, i) => holds(title, word, i)).length }))
    .sort((a, b) => b.inTitle - a.inTitle || compareCodes(a.entry.code!, b.entry.code!))
    .slice(0, BOX_SUGGESTIONS)
    .map(({ entry }) => entry);
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
