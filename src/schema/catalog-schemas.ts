import { z } from 'zod';
import type { CatalogName } from './content-files';
import { glossaryEntrySchema } from '../glossary/terms';
import { prose } from './prose';
import { chooserSchema } from '../choosers/chooser-schema';

/**
 * The shared data files' entries. The content collections use them, and so do kept editions,
 * which carry their own copy of each file (src/editions/kept-editions.ts).
 */
export const CATALOG_SCHEMAS = {
  modifiers: z
    .object({
      name: prose.describe('Short label in our own words.'),
      description: prose.describe('What the modifier tells a payer, in our own words.'),
      level: z.enum(['CPT', 'HCPCS Level II']),
    })
    .strict(),
  payers: z.object({ name: prose, kind: z.enum(['commercial', 'government']) }).strict(),
  families: z.object({ name: prose, description: prose, chooser: chooserSchema.optional() }).strict(),
  sites: z.object({ name: prose }).strict(),
  glossary: glossaryEntrySchema,
} satisfies Record<CatalogName, z.ZodType>;
