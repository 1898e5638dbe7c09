import type { BodyProblem } from '../bodies/body-safety';
import { CATALOG_FILES, CONTENT_DIR } from '../schema/content-files';
import type { HistoryRecord } from '../editions/history-checks';
import type { CollectionName, FieldReference } from '../schema/field-descriptors';

/**
 * Body problems as messages, each `<file>: body at line <n> <problem>`: the one place a body error
 * is worded. Given `source`, the whole file, lines are those an author sees; without it, lines count
 * from the body's start.
 */
export function formatBodyProblems(filePath: string, problems: readonly BodyProblem[], body: string, source?: string): string[] {
  const at = source?.lastIndexOf(body) ?? -1;
  const firstLine = at < 0 ? 1 : source!.slice(0, at).split('\n').length;
  return problems.map(({ line, message }) =>
    line === undefined ? `${filePath}: body ${message}` : `${filePath}: body at line ${line + firstLine - 1} ${message}`,
  );
}

/** The parts of a code entry that cross-entry checks need, free of Astro types. */
export interface CodeRecord extends HistoryRecord {
  id: string;
  code: string;
  /** What its frontmatter points at, as src/schema/code-fields.ts declares for each field. */
  references: FieldReference[];
}

export type KnownIds = Record<CollectionName, ReadonlySet<string>>;

/** How a message names an entry of each catalog. */
const CATALOG_NOUNS: Record<CollectionName, string> = { families: 'code family', sites: 'site of service', payers: 'payer', modifiers: 'modifier' };

/**
 * Checks that the schema cannot make: file names, duplicates and references between entries
 * (bodies are checked as they are loaded, see src/bodies/body-loader.ts).
 * Astro only logs a dangling reference() and builds anyway, so these are what stop a bad build.
 */
export function checkCatalog(codes: readonly CodeRecord[], known: KnownIds, dataDir: string = CONTENT_DIR): string[] {
  const errors: string[] = [];
  const firstFileByCode = new Map<string, string>();

  for (const entry of codes) {
    const at = (field: string, problem: string) => errors.push(`${entry.filePath}: ${field} ${problem}`);

    if (entry.code !== entry.id) {
      at('code', `"${entry.code}" does not match the file name (expected "${entry.id}")`);
    }
    const earlier = firstFileByCode.get(entry.code);
    if (earlier) at('code', `"${entry.code}" is already used by ${earlier}`);
    else firstFileByCode.set(entry.code, entry.filePath);

    const checkRefs = (field: string, kind: CollectionName, ids: readonly string[]) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (!known[kind].has(id)) at(`${field}[${i}]`, `"${id}" is not a known ${CATALOG_NOUNS[kind]} (see ${dataDir}/${CATALOG_FILES[kind]})`);
        if (seen.has(id)) at(`${field}[${i}]`, `"${id}" is listed twice`);
        seen.add(id);
      });
    };
    for (const ref of entry.references) if ('catalog' in ref) checkRefs(ref.path, ref.catalog, ref.ids);

    const checkCodeList = (field: string, list: readonly string[]) => {
      const seen = new Set<string>();
      list.forEach((code, i) => {
        if (code === entry.code) at(`${field}[${i}]`, `"${code}" refers to the code itself`);
        if (seen.has(code)) at(`${field}[${i}]`, `"${code}" is listed twice`);
        seen.add(code);
      });
    };
    // After every catalog reference, so an author reads unknown ids first.
    for (const ref of entry.references) if ('codes' in ref) checkCodeList(ref.path, ref.codes);
  }
  return errors;
}

export function formatContentErrors(errors: readonly string[]): string {
  return `${errors.length} content error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`;
}
