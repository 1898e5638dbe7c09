import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILES, CODES_FOLDER, CONTENT_DIR, contentFile, splitFrontmatter, type CatalogName } from '../schema/content-files';

/**
 * A kept file against the live one: what lets the build skip work for a kept code whose text is
 * today's (src/editions/same-as-live.ts, and the body check in kept-files.ts).
 */

// What a body is compiled against besides its own text: the payer and glossary names.
const BODY_CATALOGS: readonly CatalogName[] = ['payers', 'glossary'];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const fileHash = (file: string) => sha256(readFileSync(file));

/** A code file's body, as written. */
export const bodyText = (file: string) => splitFrontmatter(readFileSync(file, 'utf8'))?.body ?? '';

/** A code file's SHA-256, as an edition's manifest lists its files, and its body as written: one read for both. */
export function readCodeFile(file: string): { checksum: string; body: string } {
  const bytes = readFileSync(file);
  return { checksum: sha256(bytes), body: splitFrontmatter(bytes.toString('utf8'))?.body ?? '' };
}

/** The live code file of `code`, or undefined when it has none. */
export function liveCodeFile(code: string, root: string): string | undefined {
  const file = join(root, CONTENT_DIR, CODES_FOLDER, `${code}.mdx`);
  return existsSync(file) ? file : undefined;
}

/** Whether an edition's bodies are compiled against the same names as the live ones: its payer and glossary files are the live files. */
export function sameBodyCatalogs(checksums: ReadonlyMap<string, string>, root: string): boolean {
  return BODY_CATALOGS.every((name) => checksums.get(CATALOG_FILES[name]) === fileHash(join(root, contentFile(name))));
}
