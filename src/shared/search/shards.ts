import { MIN_SUGGEST_CHARACTERS, type SearchQuery } from './query';

/**
 * Which small search file answers what is typed: a code's code directory shard, a word's word
 * index shard. Apart from the files' contents because the page's search loader needs only this,
 * to fetch the file while the search box code loads, and it loads on every page.
 *
 * Both are split by the first two characters, which is all a suggestion can need: suggestions
 * start at two characters.
 */
const SHARD_LENGTH = MIN_SUGGEST_CHARACTERS;

export const shardOf = (key: string): string => key.slice(0, SHARD_LENGTH);

/** The code directory shard that answers a query, or null when the query is for words. */
export function directoryShard(query: SearchQuery): string | null {
  if (query.kind === 'code') return shardOf(query.code);
  if (query.kind === 'prefix' && query.prefix.length >= SHARD_LENGTH) return shardOf(query.prefix);
  return null;
}

/** Every code directory shard a query can ask for: codes begin with four digits, so "00" to "99". */
export function allShards(): string[] {
  return Array.from({ length: 10 ** SHARD_LENGTH }, (_, i) => String(i).padStart(SHARD_LENGTH, '0'));
}

/** The one word a query is, when it is a single plain word (letters a to z), whatever its length. */
function plainWord(query: SearchQuery): string | null {
  if (query.kind !== 'text' || query.codeLike) return null;
  const word = query.term.toLocaleLowerCase('en');
  return /^[a-z]+$/.test(word) ? word : null;
}

/** Whether the word index may answer the query (once it is long enough): it is one plain word. */
export const mayBeIndexedWord = (query: SearchQuery): boolean => plainWord(query) !== null;

/** The one word a query is, when it is a single plain word long enough to have a shard. */
export function singleWord(query: SearchQuery): string | null {
  const word = plainWord(query);
  return word && word.length >= SHARD_LENGTH ? word : null;
}

/** The word index shard that gives a query's suggestions, or null when only the full search can. */
export function wordShard(query: SearchQuery): string | null {
  const word = singleWord(query);
  return word ? shardOf(word) : null;
}

/** Every word index shard: the letter pairs "aa" to "zz", so a lookup never meets a 404. */
export function allWordShards(): string[] {
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  return letters.flatMap((a) => letters.map((b) => a + b));
}
