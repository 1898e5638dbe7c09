import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * One cache entry: a folder holding output files under files/ (by their path in the output) and
 * entry.json, written last, with each file's SHA-256 and the built assets (/_astro/) the files use.
 * An entry without entry.json (a build stopped while writing it), with a file missing or whose bytes
 * differ, is removed and never served.
 */
const ENTRY_FILE = 'entry.json';
const FILES = 'files';
// The scripts and styles a page links to: Vite names them by their content.
const ASSET = /\/_astro\/[^"'\s)?#]+/g;

interface EntryList {
  files: Record<string, string>;
  assets: string[];
  /** What the files were made from, for an entry whose key does not say it all (a search index: its codes). */
  holds?: string[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `folder` (a path within `site`), as paths within `site`; none if it does not exist. */
export function filesUnder(site: string, folder: string): string[] {
  const path = join(site, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(folder, join(entry.parentPath, entry.name).slice(path.length + 1)));
}

/** Saves `files` (paths within `site`) as the entry at `entryDir`, replacing any entry there. */
export function saveEntry(entryDir: string, site: string, files: readonly string[], holds?: readonly string[]): void {
  const partial = `${entryDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const list: EntryList = { files: {}, assets: [], ...(holds && { holds: [...holds] }) };
  const assets = new Set<string>();
  for (const file of files) {
    const bytes = readFileSync(join(site, file));
    list.files[file] = sha256(bytes);
    if (file.endsWith('.html')) for (const [asset] of bytes.toString('utf8').matchAll(ASSET)) assets.add(asset);
    mkdirSync(dirname(join(partial, FILES, file)), { recursive: true });
    writeFileSync(join(partial, FILES, file), bytes);
  }
  list.assets = [...assets].sort();
  writeFileSync(join(partial, ENTRY_FILE), JSON.stringify(list));
  rmSync(entryDir, { recursive: true, force: true });
  mkdirSync(dirname(entryDir), { recursive: true });
  renameSync(partial, entryDir);
}

/** The entry at `entryDir` if it is whole (every file there, with its checksum); otherwise removes it. */
export function checkedEntry(entryDir: string): EntryList | undefined {
  if (!existsSync(entryDir)) return undefined;
  try {
    const list = entryList(entryDir);
    const whole = Object.entries(list.files).every(([file, sum]) => sha256(readFileSync(join(entryDir, FILES, file))) === sum);
    if (whole && Array.isArray(list.assets)) return list;
  } catch {
    // A missing or unreadable entry.json or file: the entry is partial, and treated as absent.
  }
  rmSync(entryDir, { recursive: true, force: true });
  return undefined;
}

/** The list of an entry checked earlier in this build (checkedEntry). */
export const entryList = (entryDir: string): EntryList => JSON.parse(readFileSync(join(entryDir, ENTRY_FILE), 'utf8')) as EntryList;

/**
 * A cached file in the output, as a hard link: one system call instead of a copy. Safe because no
 * build step writes into a file it did not make (Astro empties the output folder first; every step
 * after the restore writes files of its own), and because an entry is checked byte for byte
 * (checkedEntry) before a build uses it, so a file changed through a link is never served.
 * A copy where a link cannot be made (the cache on another file system).
 */
function placeFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Puts a checked entry's files into `site`. The assets its pages link to must be in this build:
 * their names come from the code, which is in the key, so a missing one means the key left out
 * something the output depends on; the build stops rather than publish pages without their styles.
 */
export function restoreEntry(entryDir: string, list: EntryList, site: string): void {
  const missing = list.assets.filter((asset) => !existsSync(join(site, asset)));
  if (missing.length) {
    rmSync(entryDir, { recursive: true, force: true });
    throw new Error(`kept-edition cache: ${entryDir} links to ${missing.join(', ')}, which this build did not write; the entry is removed, build again`);
  }
  for (const file of Object.keys(list.files)) placeFile(join(entryDir, FILES, file), join(site, file));
}

/** Removes the entries in `folder` whose names are not in `keep`. */
export function pruneEntries(folder: string, keep: ReadonlySet<string>): number {
  if (!existsSync(folder)) return 0;
  const stale = readdirSync(folder).filter((name) => !keep.has(name));
  for (const name of stale) rmSync(join(folder, name), { recursive: true, force: true });
  return stale.length;
}
