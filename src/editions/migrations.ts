/**
 * How kept editions keep building after the code schema grows. A kept edition is never rewritten:
 * its manifest records the schema version it was kept with, and the build brings its frontmatter up
 * to the current schema in memory, one step at a time, before checking it like any code file.
 *
 * When a change to src/schema/code-fields.ts would make an older code file fail (a new required
 * field, a renamed key, a value no longer allowed), add a step here that says what an old file
 * means in the new shape. Facts an old edition never had stay unknown, never invented.
 */
type Frontmatter = Record<string, unknown>;

interface Migration {
  /** The schema version this step produces. */
  to: number;
  /** What changed in the schema, for the step's reader. */
  change: string;
  migrate(frontmatter: Frontmatter): Frontmatter;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    change: 'history (year added, revisions) became a required field',
    // An edition kept before history was recorded knows none of it: no year added, no revisions.
    migrate: (frontmatter) => ({ history: { revisions: [] }, ...frontmatter }),
  },
];

/** The schema version of code files written today; a new kept edition records it. */
export const SCHEMA_VERSION = 1 + MIGRATIONS.length;

/** A kept code file's frontmatter in the current shape. */
export function migrateFrontmatter(frontmatter: Frontmatter, keptWith: number): Frontmatter {
  if (!Number.isInteger(keptWith) || keptWith < 1 || keptWith > SCHEMA_VERSION) {
    throw new RangeError(`schema version ${keptWith} is not one this site knows (1 to ${SCHEMA_VERSION})`);
  }
  return MIGRATIONS.filter((m) => m.to > keptWith).reduce((fm, m) => m.migrate(fm), frontmatter);
}
