/**
 * One code's rows on the compare page, as the build writes them (src/compare/compare-rows.ts) from
 * the code page's own view, and how the page lines several codes up. The browser only arranges
 * what the build worded; it formats nothing itself.
 */

/** A code named in a row; `url` is null when the code has no page here. */
export interface CompareCodeRef {
  code: string;
  url: string | null;
}

/** One cell's content. `html` is a section of the code page's body, rendered by the build. */
export type CompareValue =
  | { text: string }
  | { items: string[] }
  | { codes: CompareCodeRef[]; note?: string | undefined }
  | { html: string }
  | { notAvailable: string };

export interface CompareRow {
  key: string;
  label: string;
  value: CompareValue;
}

export interface CompareRecord {
  code: string;
  title: string;
  url: string;
  rows: CompareRow[];
}

/** A row of the side-by-side table: one cell per compared code, in the order they were asked for. */
export interface CompareTableRow {
  key: string;
  label: string;
  cells: CompareValue[];
  differs: boolean;
}

const sameValue = (a: CompareValue, b: CompareValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Lines the records' rows up by key, in the first record's row order. A record without a row
 * (written by an older build) shows it as not available, which differs from any value.
 */
export function compareTable(records: readonly CompareRecord[]): CompareTableRow[] {
  const [first] = records;
  if (!first) return [];
  return first.rows.map(({ key, label }) => {
    const cells = records.map((record) => record.rows.find((row) => row.key === key)?.value ?? { notAvailable: label });
    return { key, label, cells, differs: cells.some((cell) => !sameValue(cell, cells[0]!)) };
  });
}

/** How many rows differ, as the summary above the table says it. */
export function differenceSummary(rows: readonly CompareTableRow[]): string {
  const differing = rows.filter((row) => row.differs).length;
  if (!differing) return `The codes agree on all ${rows.length} rows.`;
  return `${differing} of ${rows.length} rows differ; each is marked “Differs”.`;
}
