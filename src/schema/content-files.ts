/**
 * Where the content lives, relative to the project root, and how its files are laid out. Free of imports, so plain-Node scripts
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

/**
 * A content file's YAML frontmatter and body, split at its "---" lines (either line ending), or
 * undefined when it has none. The build reads code files through Astro; this is for the code that
 * reads them itself (kept editions, the content report, the benchmark).
 */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}
