import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { codeBodies } from './bodies/body-loader';
import { CATALOG_SCHEMAS } from './schema/catalog-schemas';
import { codeSchemaWith } from './schema/code-schema';
import { CODES_FOLDER, CONTENT_DIR, contentFile } from './schema/content-files';

const CODES_DIR = `./${CONTENT_DIR}/${CODES_FOLDER}`;

/** A code file's frontmatter (src/schema/code-schema.ts); exported so tests type what they read from the content by it. */
export const codeSchema = codeSchemaWith((collection) => reference(collection));

const codes = defineCollection({
  // The id is the file name as written, not a slug, so a code and its file can be compared exactly.
  loader: codeBodies(
    glob({
      pattern: '**/*.mdx',
      base: CODES_DIR,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    { codesDir: CODES_DIR, payersFile: contentFile('payers'), glossaryFile: contentFile('glossary') },
  ),
  schema: codeSchema,
});

// One per shared data file; written out, not generated in a loop, so each collection keeps its entry type.
const modifiers = defineCollection({ loader: file(contentFile('modifiers')), schema: CATALOG_SCHEMAS.modifiers });
const payers = defineCollection({ loader: file(contentFile('payers')), schema: CATALOG_SCHEMAS.payers });
const families = defineCollection({ loader: file(contentFile('families')), schema: CATALOG_SCHEMAS.families });
const sites = defineCollection({ loader: file(contentFile('sites')), schema: CATALOG_SCHEMAS.sites });
const glossary = defineCollection({ loader: file(contentFile('glossary')), schema: CATALOG_SCHEMAS.glossary });

export const collections = { codes, modifiers, payers, families, sites, glossary };
