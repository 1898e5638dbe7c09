import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { codeSchema } from '../../src/content.config';
import type { BodyCatalogs } from '../../src/user-components/index';
import { CODES_FOLDER, CONTENT_DIR, contentFile, splitFrontmatter, type CatalogName } from '../../src/schema/content-files';
import { glossaryMarks } from '../../src/glossary/glossary-markup';
import { readGlossary } from '../../src/glossary/terms';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A code file's frontmatter as its author writes it (references as ids), typed from the content
 * schema itself so tests never carry a copy that drifts from it.
 */
export type CodeFrontmatter = z.input<typeof codeSchema>;

/**
 * The code pages as the content folder has them, so tests follow the content instead of copying it;
 * or, given a kept edition's folder (content/editions/<year>), as that edition kept them.
 */
export function contentCodes(folder = CONTENT_DIR): CodeFrontmatter[] {
  const dir = join(ROOT, folder, CODES_FOLDER);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parse(splitFrontmatter(readFileSync(join(dir, f), 'utf8'))!.frontmatter) as CodeFrontmatter);
}

export function contentData<T>(name: CatalogName): Record<string, T> {
  return parse(readFileSync(join(ROOT, contentFile(name)), 'utf8')) as Record<string, T>;
}

/** The catalogs a body is checked against, as the content folder has them. */
export function bodyCatalogs(): BodyCatalogs {
  const codes = new Set(contentCodes().map((c) => c.code));
  const payers = contentData<{ name: string }>('payers');
  const { terms } = readGlossary(contentData('glossary'));
  return {
    payers: new Map(Object.entries(payers).map(([id, p]) => [id, p.name])),
    hasPage: (code) => codes.has(code),
    glossary: new Map(terms.map((t) => [t.id, t.term])),
    glossaryMarks: glossaryMarks(terms),
  };
}
