import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeBodies } from './data/code-bodies';
import { CODE_PATTERN } from './lib/codes';
import { DATA_GAP_IDS } from './lib/data-gaps';

// Unquoted YAML numbers lose leading zeros (00100 becomes 100), so a code must arrive as a string.
const code = z
  .string({ error: 'must be a quoted string, e.g. "37249" (unquoted numbers lose leading zeros)' })
  .regex(CODE_PATTERN, 'must be five digits, or four digits and a capital letter (e.g. "37249", "0075T")');

const CODES_DIR = './content/codes';
const PAYERS_FILE = 'content/payers.yaml';

const prose = z.string().trim().min(1, 'must not be empty');

/** A code file's frontmatter; exported so tests type what they read from the content by it. */
export const codeSchema = z
  .object({
    code: code.describe('The code as printed; must equal the file name.'),
    title: prose.max(120).describe('Short title in our own words; never the AMA descriptor.'),
    lead: prose.describe('One sentence that says what the code reports.'),
    addOn: z.boolean().describe('True for add-on codes, reported only with a primary procedure.'),
    primaryCodes: z
      .array(code)
      .default([])
      .describe('For add-on codes: the primary codes it is reported with, where the source names them.'),
    primaryService: prose
      .optional()
      .describe('For add-on codes whose primary code the source does not name: the primary service in words.'),
    family: reference('families'),
    serviceType: prose,
    sites: z.array(reference('sites')).default([]).describe('Typical sites of service; empty when the source gives none.'),
    payers: z.array(reference('payers')).default([]).describe('Payers whose policies the source reviews.'),
    modifiers: z
      .array(
        z
          .object({
            modifier: reference('modifiers'),
            whenToUse: prose.optional().describe('Code-specific guidance; omitted when the source gives none.'),
            basis: z
              .enum(['source', 'general'])
              .describe('"source": the source documents list it; "general": general CPT rules make it apply.'),
          })
          .strict(),
      )
      .default([]),
    related: z
      .array(z.object({ code, note: prose }).strict())
      .default([])
      .describe('Codes a coder should look at next, each with why.'),
    dataGaps: z.array(z.enum(DATA_GAP_IDS)).default([]).describe('Data the sources say is not available.'),
    lastReviewed: z.date({ error: 'must be a date written as YYYY-MM-DD' }),
    deleted: z
      .object({ year: z.number().int().min(1966).max(2100), replacedBy: z.array(code).default([]) })
      .strict()
      .optional()
      .describe('Set when the code has been deleted from CPT; the page stays and points to replacements.'),
  })
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
    { codesDir: CODES_DIR, payersFile: PAYERS_FILE },
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

const words = z.array(prose).default([]);

const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: z
    .object({
      term: prose.describe('The term as a heading shows it.'),
      definition: prose.describe('A short definition in our own words.'),
      abbreviations: words.describe('Abbreviations as written, case kept ("RS&I", "IVUS").'),
      preferredFor: words.describe('Abbreviations this term is the meaning of, where another term claims them too.'),
      synonyms: words.describe('Other names a coder may search for.'),
      layWords: words.describe('Plain words a patient or newcomer would use.'),
      variants: words.describe('Spelling variants, e.g. British spellings ("haemorrhage").'),
      // Checked for shape in src/lib/glossary.ts, so the error names the file and the term.
      relatedCodes: z.array(z.string()).default([]).describe('Codes whose pages use the term.'),
    })
    .strict(),
});

export const collections = { codes, modifiers, payers, families, sites, glossary };
