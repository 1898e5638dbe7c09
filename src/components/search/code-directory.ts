import type { SearchHit, SearchOutcome } from './engine';
import { LOAD_FAILED_MESSAGE, SearchUnavailableError } from './pagefind';
import { lookUpCodes, type DirectoryEntry } from '../../lib/code-directory';
import type { SearchQuery } from '../../lib/search-query';
import { codeDirectoryUrl } from '../../lib/urls';

const shards = new Map<string, Promise<DirectoryEntry[]>>();

function loadShard(shard: string): Promise<DirectoryEntry[]> {
  let entries = shards.get(shard);
  if (!entries) {
    entries = fetch(codeDirectoryUrl(shard)).then((response) => {
      if (!response.ok) throw new Error(`${codeDirectoryUrl(shard)}: HTTP ${response.status}`);
      return response.json() as Promise<DirectoryEntry[]>;
    });
    // A failed download is tried again on the next keystroke rather than remembered.
    entries.catch(() => shards.delete(shard));
    shards.set(shard, entries);
  }
  return entries;
}

const toHit = (entry: DirectoryEntry): SearchHit => ({
  url: entry.url,
  code: entry.code,
  modifier: entry.modifier,
  family: undefined,
  title: entry.title,
  excerpt: [{ text: entry.lead, marked: false }],
});

/** Answers a code or code-prefix query from its directory shard (see src/lib/code-directory.ts). */
export async function searchCodeDirectory(query: SearchQuery, shard: string): Promise<SearchOutcome> {
  let entries: DirectoryEntry[];
  try {
    entries = await loadShard(shard);
  } catch {
    throw new SearchUnavailableError(LOAD_FAILED_MESSAGE);
  }
  const hits = lookUpCodes(query, entries).map(toHit);
  return { total: hits.length, counts: {}, load: async (from, to) => hits.slice(from, to) };
}
