import type { SearchHit, SearchOutcome } from './engine';
import { LOAD_FAILED_MESSAGE, SearchUnavailableError } from './pagefind';
import { loadDirectoryShard, loadWordShard } from './search-files';
import { entryUrl, lookUpCodes, type DirectoryEntry } from '../../shared/search/code-directory';
import { highlightTerms, markTerms } from '../../shared/search/presentation';
import type { SearchQuery } from '../../shared/search/query';
import { shardOf } from '../../shared/search/shards';
import { lookUpWord, lookUpWords } from '../../shared/search/word-suggestions';

/** A directory entry as a search hit, its lead marked where it has a searched word. */
const toHit = (entry: DirectoryEntry, terms: readonly string[] = []): SearchHit => ({
  url: entryUrl(entry),
  code: entry.code,
  modifier: entry.modifier,
  family: undefined,
  title: entry.title,
  excerpt: markTerms(entry.lead, terms),
});

/** Answers a code or code-prefix query from its directory shard (see src/shared/search/code-directory.ts). */
export async function searchCodeDirectory(query: SearchQuery, shard: string): Promise<SearchOutcome> {
  let entries: DirectoryEntry[];
  try {
    entries = await loadDirectoryShard(shard);
  } catch {
    throw new SearchUnavailableError(LOAD_FAILED_MESSAGE);
  }
  const hits = lookUpCodes(query, entries).map((entry) => toHit(entry));
  return { total: hits.length, counts: {}, load: async (from, to) => hits.slice(from, to) };
}

/** First suggestions from the small word index, or none when it cannot load: the full search still answers. */
async function indexSuggestions(query: SearchQuery, lookUp: () => Promise<DirectoryEntry[]>): Promise<SearchHit[]> {
  try {
    const terms = highlightTerms(query);
    return (await lookUp()).map((entry) => toHit(entry, terms));
  } catch {
    return [];
  }
}

/** A word's first suggestions, from the small word index (src/shared/search/word-suggestions.ts), shown until the full search answers. */
export const firstWordSuggestions = (query: SearchQuery, shard: string): Promise<SearchHit[]> =>
  indexSuggestions(query, async () => lookUpWord(query, await loadWordShard(shard)));

/** The first suggestions for several words, from each word's shard of the same index. */
export const firstSuggestionsForWords = (query: SearchQuery, words: readonly string[]): Promise<SearchHit[]> =>
  indexSuggestions(query, async () => {
    const shards = [...new Set(words.map(shardOf))];
    const loaded = await Promise.all(shards.map(async (shard) => [shard, await loadWordShard(shard)] as const));
    return lookUpWords(words, new Map(loaded));
  });
