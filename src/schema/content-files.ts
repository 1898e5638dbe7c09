/**
 * Where the content lives, relative to the project root. Free of imports, so plain-Node scripts
 * (the benchmark) can import it too. A kept edition
 * (content/editions/<year>/) holds copies laid out the same way, so these names serve both.
 */
export const CONTENT_DIR = 'content';

/** Kept editions, one folder per year (src/editions/edition-manifest.ts). */
export const EDITIONS_DIR = `${CONTENT_DIR}/editions`;

/** The code files' folder, inside CONTENT_DIR or a kept edition. */
export const CODES_FOLDER = 'codes';

/** The shared data files, each inside CONTENT_DIR or a kept edition. */
export const CATALOG_FILES = {
  modifiers: 'modifiers.yaml',
  payers: 'payers.yaml',
  families: 'families.yaml',
  sites: 'sites.yaml',
  glossary: 'glossary.yaml',
} as const;

export type CatalogName = keyof typeof CATALOG_FILES;

export const contentFile = (name: CatalogName) => `${CONTENT_DIR}/${CATALOG_FILES[name]}`;
