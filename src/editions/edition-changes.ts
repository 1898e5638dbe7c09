import type { CodeView } from '../schema/code-fields';
import type { CodeRef } from '../catalog/relations';

/** A CPT edition takes effect on January 1 of its year: the date its changes are dated by. */
export function editionTakesEffect(year: number): Date {
  return new Date(Date.UTC(year, 0, 1));
}

/** What the change pages and the feed read of a code page. */
export type ChangeSource = Pick<CodeView, 'code' | 'title' | 'history' | 'deleted'>;

interface ChangedCode {
  code: string;
  title: string;
}

type RevisedCode = ChangedCode & { text: string };
type DeletedCode = ChangedCode & { replacedBy: CodeRef[] };

/** What one CPT edition changed among the site's codes, each group in code order. */
export interface EditionChanges {
  year: number;
  added: ChangedCode[];
  revised: RevisedCode[];
  deleted: DeletedCode[];
}

/**
 * The editions that get a change page, newest first: the current one (so its page exists before
 * any code records a change in it), every kept edition (its pinned pages are listed there, and its
 * page stays when the current edition moves on) and every year a code's history or deletion names.
 */
export function editionYears(codes: readonly ChangeSource[], current: number, kept: readonly number[] = []): number[] {
  const years = new Set([current, ...kept]);
  for (const { history, deleted } of codes) {
    if (history.added !== undefined) years.add(history.added);
    for (const r of history.revisions) years.add(r.year);
    if (deleted) years.add(deleted.year);
  }
  return [...years].sort((a, b) => b - a);
}

/** Every edition's changes, newest first; `codes` come in code order and each group keeps it. */
export function editionChanges(codes: readonly ChangeSource[], current: number, kept: readonly number[] = []): EditionChanges[] {
  const byYear = new Map(editionYears(codes, current, kept).map((year): [number, EditionChanges] => [year, { year, added: [], revised: [], deleted: [] }]));
  const edition = (year: number) => byYear.get(year)!;
  for (const { code, title, history, deleted } of codes) {
    if (history.added !== undefined) edition(history.added).added.push({ code, title });
    for (const { year, text } of history.revisions) edition(year).revised.push({ code, title, text });
    if (deleted) edition(deleted.year).deleted.push({ code, title, replacedBy: deleted.replacedBy });
  }
  return [...byYear.values()];
}
