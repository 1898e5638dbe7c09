import { parse } from 'yaml';
import { z } from 'zod';
import { CODE_FIELDS } from './code-fields';
import type { CodeRecord } from '../catalog/catalog-checks';
import { fieldReferences, frontmatterShape, type Reference } from './field-descriptors';
import { Relations } from '../catalog/relations';

/**
 * A code file's frontmatter, derived from the field list in src/schema/code-fields.ts. The content
 * collection passes Astro's reference(); kept editions (src/editions/kept-editions.ts), which are read
 * outside Astro's content layer, pass plain ids and check them against their own catalogs.
 */
export function codeSchemaWith(ref: Reference) {
  return z
    .object(frontmatterShape(CODE_FIELDS, ref))
    .strict()
    .refine((d) => !d.addOn || d.primaryCodes.length > 0 || d.primaryService !== undefined, {
      message: 'an add-on code needs primaryCodes, or primaryService when the source names no code',
      path: ['primaryCodes'],
    })
    .refine((d) => d.addOn || (d.primaryCodes.length === 0 && d.primaryService === undefined), {
      message: 'only add-on codes (addOn: true) have primary codes',
      path: ['primaryCodes'],
    });
}

/** The code schema for files read outside Astro's content layer (kept editions, the content report): references stay plain ids. */
export const plainIdCodeSchema = codeSchemaWith((collection) => z.string().transform((id) => ({ id, collection })));

/** YAML dates become Date objects, as Astro's frontmatter parser makes them. */
export const parseContentYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });

/** A code file's frontmatter once checked. */
export type CodeData = z.output<ReturnType<typeof codeSchemaWith>>;

/** One checked code file: its id (the file name), where it is, and its frontmatter. */
export interface CodeFile {
  id: string;
  filePath: string;
  data: CodeData;
}

/** What the cross-entry checks read from a code file (src/catalog/catalog-checks.ts). */
export function codeRecord({ id, filePath, data: d }: CodeFile): CodeRecord {
  return {
    id,
    filePath,
    code: d.code,
    references: fieldReferences(CODE_FIELDS, d),
    deleted: d.deleted,
    history: d.history,
  };
}

/** Every relationship between a set of codes (one edition's), derived from their frontmatter; see Relations for `hasPage`. */
export function relationsOf(codes: readonly CodeData[], hasPage?: (code: string) => boolean): Relations {
  return new Relations(
    codes.map((d) => ({
      code: d.code,
      addOn: d.addOn,
      primaryCodes: d.primaryCodes,
      family: d.family.id,
      modifiers: d.modifiers.map((m) => ({ modifier: m.modifier.id, whenToUse: m.whenToUse, basis: m.basis })),
      related: d.related,
    })),
    hasPage,
  );
}
