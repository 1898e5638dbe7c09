import type { BodyProblem } from '../bodies/body-safety';
import { CATALOG_FILES, CONTENT_DIR } from '../schema/content-files';
import type { HistoryRecord } from '../editions/history-checks';

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
  primaryCodes: string[];
  family: string;
  sites: string[];
  payers: string[];
  modifiers: { modifier: string }[];
  related: { code: string }[];
  deleted?: { year: number; replacedBy: string[] } | undefined;
}

export interface KnownIds {
  families: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  payers: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
}

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

    const checkRefs = (field: string, kind: keyof KnownIds, ids: readonly string[], noun: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (!known[kind].has(id)) at(`${field}[${i}]`, `"${id}" is not a known ${noun} (see ${dataDir}/${CATALOG_FILES[kind]})`);
        if (seen.has(id)) at(`${field}[${i}]`, `"${id}" is listed twice`);
        seen.add(id);
      });
    };
    checkRefs('family', 'families', [entry.family], 'code family');
    checkRefs('sites', 'sites', entry.sites, 'site of service');
    checkRefs('payers', 'payers', entry.payers, 'payer');
    checkRefs('modifiers', 'modifiers', entry.modifiers.map((m) => m.modifier), 'modifier');

    const checkCodeList = (field: string, list: readonly string[]) => {
      const seen = new Set<string>();
      list.forEach((code, i) => {
        if (code === entry.code) at(`${field}[${i}]`, `"${code}" refers to the code itself`);
        if (seen.has(code)) at(`${field}[${i}]`, `"${code}" is listed twice`);
        seen.add(code);
      });
    };
    checkCodeList('primaryCodes', entry.primaryCodes);
    checkCodeList('related', entry.related.map((r) => r.code));
    checkCodeList('deleted.replacedBy', entry.deleted?.replacedBy ?? []);
  }
  return errors;
}

export function formatContentErrors(errors: readonly string[]): string {
  return `${errors.length} content error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`;
}
