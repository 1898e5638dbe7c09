import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeBodies } from './data/code-bodies';
import { CODE_FIELDS } from './lib/code-fields';
import { frontmatterShape } from './lib/field-descriptors';
import { GLOSSARY_FILE, glossaryEntrySchema } from './lib/glossary';
import { prose } from './lib/prose';

const CODES_DIR = './content/codes';
const PAYERS_FILE = 'content/payers.yaml';

/**
 * A code file's frontmatter, derived from the field list in src/lib/code-fields.ts; exported so
 * tests type what they read from the content by it.
 */
export const codeSchema = z
  .object(frontmatterShape(CODE_FIELDS, (collection) => reference(collection)))
  .strict()
  .refine((d) => !d.addOn || d.primaryCodes.length > 0 || d.primaryService !== undefined, {
    message: 'an add-on code needs primaryCodes, or primaryService when the source names no code',
    path: ['primaryCodes'],
  })
  .refine((d) => d.addOn || (d.primaryCodes.length === 0 && d.primaryService === undefined), {
    message: 'only add-on codes (addOn: true) have primary codes',
    path: ['primaryCodes'],
  });

const codes = defineCollection({
  // The id is the file name as written, not a slug, so a code and its file can be compared exactly.
  loader: codeBodies(
    glob({
      pattern: '**/*.mdx',
      base: CODES_DIR,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    { codesDir: CODES_DIR, payersFile: PAYERS_FILE, glossaryFile: GLOSSARY_FILE },
  ),
  schema: codeSchema,
});

const modifiers = defineCollection({
  loader: file('content/modifiers.yaml'),
  schema: z
    .object({
      name: prose.describe('Short label in our own words.'),
      description: prose.describe('What the modifier tells a payer, in our own words.'),
      level: z.enum(['CPT', 'HCPCS Level II']),
    })
    .strict(),
});

const payers = defineCollection({
  loader: file(PAYERS_FILE),
  schema: z.object({ name: prose, kind: z.enum(['commercial', 'government']) }).strict(),
});

const families = defineCollection({
  loader: file('content/families.yaml'),
  schema: z.object({ name: prose, description: prose }).strict(),
});

const sites = defineCollection({
  loader: file('content/sites.yaml'),
  schema: z.object({ name: prose }).strict(),
});

const glossary = defineCollection({
  loader: file(GLOSSARY_FILE),
  schema: glossaryEntrySchema,
});

export const collections = { codes, modifiers, payers, families, sites, glossary };
