import type { DirectoryEntry } from '../../shared/search/code-directory';
import { directoryShard, wordShard } from '../../shared/search/shards';
import { parseQuery } from '../../shared/search/query';
import { codeDirectoryUrl, wordSuggestionsUrl } from '../../shared/search/search-urls';
import type { WordShard } from '../../shared/search/word-suggestions';

const files = new Map<string, Promise<unknown>>();

/** One download per small search file for the page's life. */
function fetchOnce<T>(url: string): Promise<T> {
  let body = files.get(url);
  if (!body) {
    body = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    // A failed download is tried again on the next keystroke rather than remembered.
    body.catch(() => files.delete(url));
    files.set(url, body);
  }
  return body as Promise<T>;
}

export const loadDirectoryShard = (shard: string) => fetchOnce<DirectoryEntry[]>(codeDirectoryUrl(shard));
export const loadWordShard = (shard: string) => fetchOnce<WordShard>(wordSuggestionsUrl(shard));

/**
 * Starts downloading the small file that will answer what is typed (a code's directory shard, a
 * word's first suggestions) as soon as the characters name it. The page's search loader calls it
 * before the search box code has arrived, so on a slow network the two come side by side rather
 * than one after the other; the box then finds the file here.
 */
export function prefetchFor(value: string): void {
  const query = parseQuery(value);
  const codes = directoryShard(query);
  if (codes) loadDirectoryShard(codes).catch(() => undefined);
  const words = wordShard(query);
  if (words) loadWordShard(words).catch(() => undefined);
}
