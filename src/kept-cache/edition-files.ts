import { join } from 'node:path';
import { checkedEntry, filesUnder, pruneEntries, restoreEntry, saveEntry } from './cache-entries';
import { isStaticBuild, namespaceFolder } from './kept-plan';
import { stableHash } from './stable-hash';

/**
 * Files a build step writes for a whole kept edition into one folder of the output (`folder`, a
 * path within `site`), such as its pinned pages' QR sheets: taken from the cache when the same
 * code and configuration (the namespace) wrote them before from the same `inputs`; otherwise
 * written by `write` and saved. Returns how many files the folder holds.
 */
export function keptEditionFiles(site: string, folder: string, step: string, year: number, inputs: unknown, write: () => void): number {
  const namespace = isStaticBuild() ? namespaceFolder() : undefined;
  if (!namespace) {
    write();
    return filesUnder(site, folder).length;
  }
  const entries = join(namespace, step, String(year));
  const key = stableHash(inputs);
  const entryDir = join(entries, key);
  const cached = checkedEntry(entryDir);
  if (cached) restoreEntry(entryDir, cached, site);
  else {
    write();
    saveEntry(entryDir, site, filesUnder(site, folder));
    pruneEntries(entries, new Set([key]));
  }
  return filesUnder(site, folder).length;
}
