import { z } from 'zod';
import { EDITIONS_DIR } from '../schema/content-files';
import { isoDate } from '../shared/dates';
import { SCHEMA_VERSION } from './migrations';

/**
 * Kept editions: a read-only copy of the content as it stood for one CPT year, made by
 * `npm run edition:freeze -- <year>` and built at pinned addresses for good.
 * content/editions/<year>/ holds edition.yaml, codes/ and the shared data files, laid out as content/.
 */
export const MANIFEST_FILE = 'edition.yaml';

export const editionDir = (year: number | string) => `${EDITIONS_DIR}/${year}`;

/** A CPT code set year: the code set began in 1966; 2100 only catches a mistyped year. */
export const cptYear = z.number({ error: 'must be a year, e.g. 2026' }).int().min(1966).max(2100);

export const manifestSchema = z
  .object({
    year: cptYear,
    keptOn: z.date({ error: 'must be a date written as YYYY-MM-DD' }),
    schemaVersion: z
      .number()
      .int()
      .min(1)
      .max(SCHEMA_VERSION, `is newer than this site's code (schema version ${SCHEMA_VERSION}); update the site before building this edition`),
    files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 checksum')),
  })
  .strict();

export type Manifest = z.output<typeof manifestSchema>;

/** edition.yaml as the freeze script writes it: what it is, then the checksums the build holds it to. */
export function manifestText(m: Manifest): string {
  const files = Object.keys(m.files).sort().map((file) => `  ${file}: ${m.files[file]}`);
  return [
    `# The CPT ${m.year} edition as kept by "npm run edition:freeze -- ${m.year}". Read-only: the build`,
    '# stops if a file here differs from its checksum, or if one is added or removed.',
    `year: ${m.year}`,
    `keptOn: ${isoDate(m.keptOn)}`,
    `schemaVersion: ${m.schemaVersion}`,
    'files:',
    ...files,
    '',
  ].join('\n');
}

/** Files of a kept edition that are not as they were kept, each as "<file>: <problem>". */
export function changedFiles(dir: string, listed: Readonly<Record<string, string>>, found: ReadonlyMap<string, string>): string[] {
  const restore = 'kept editions are read-only: restore it with "git checkout"';
  const problems: string[] = [];
  for (const [file, sum] of Object.entries(listed)) {
    const now = found.get(file);
    if (now === undefined) problems.push(`${dir}/${file}: is missing (${MANIFEST_FILE} lists it); ${restore}`);
    else if (now !== sum) problems.push(`${dir}/${file}: has changed since the edition was kept; ${restore}`);
  }
  for (const file of found.keys()) {
    if (!(file in listed)) problems.push(`${dir}/${file}: is not part of the kept edition (${MANIFEST_FILE} does not list it); remove it`);
  }
  return problems;
}
