import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../site/site-config.ts';
import { stableHash } from './stable-hash.ts';

/**
 * What makes the output from the content: the site's code, the build steps that shape what is
 * written (scripts/build/), and the exact packages (the lockfile). Not content/: the live content
 * is what a page reads, and each page's key holds what it read (src/kept-cache/kept-page-plan.ts).
 * Not public/ (copied as it is; pinned pages only link to it) nor tests/ and docs/.
 */
export const CODE_INPUTS = ['src', 'astro.config.mjs', 'scripts/build', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesOf(root: string, input: string): string[] {
  const path = join(root, input);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [input];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${input}/${join(entry.parentPath, entry.name).slice(path.length + 1)}`);
}

/** SHA-256 over every file of CODE_INPUTS, by path and bytes. */
export function codeHash(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of CODE_INPUTS.flatMap((input) => filesOf(root, input)).sort()) {
    hash.update(`${file}\0`).update(createHash('sha256').update(readFileSync(join(root, file))).digest('hex'));
  }
  return hash.digest('hex');
}

let namespace: string | undefined;

/**
 * The cache folder's part for this code and configuration: a change to either starts from an
 * empty folder, and builds of two configurations (the root and sub-path builds) keep their own.
 * Node's version is in it too, for what it might change in the bytes written.
 */
export function cacheNamespace(): string {
  namespace ??= stableHash({ code: codeHash(), config: siteConfig(), node: process.version }).slice(0, 32);
  return namespace;
}
