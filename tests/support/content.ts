import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { BodyCatalogs } from '../../src/lib/body-components';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CodeFrontmatter {
  code: string;
  title: string;
  lead: string;
  addOn: boolean;
  family: string;
  primaryCodes?: string[];
  modifiers?: { modifier: string; basis: string; whenToUse?: string }[];
  related?: { code: string; note: string }[];
  payers?: string[];
  sites?: string[];
  lastReviewed: Date | string;
}

/** The code pages as the content folder has them, so tests follow the content instead of copying it. */
export function contentCodes(): CodeFrontmatter[] {
  const dir = join(ROOT, 'content/codes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) as CodeFrontmatter);
}

export function contentData<T>(name: string): Record<string, T> {
  return parse(readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8')) as Record<string, T>;
}

/** The catalogs a body is checked against, as the content folder has them. */
export function bodyCatalogs(): BodyCatalogs {
  const codes = new Set(contentCodes().map((c) => c.code));
  const payers = contentData<{ name: string }>('payers');
  return { payers: new Map(Object.entries(payers).map(([id, p]) => [id, p.name])), hasPage: (code) => codes.has(code) };
}
