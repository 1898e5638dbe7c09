import { BODY_SECTIONS, DATA_SECTIONS, type Section } from '../code-page/sections';

/**
 * What a pinned page tells its reader: which parts of the live page now say something else.
 * Both pages are rendered by today's code, so any difference is a difference in content.
 */
export interface ComparablePage {
  /** Body sections' HTML by section id (src/code-page/sections.ts splitRenderedSections). */
  body: Readonly<Record<string, string>>;
  /** The page view (src/schema/code-fields.ts): what quick facts and the data sections show. */
  view: Readonly<Record<string, unknown>>;
}

/** The part above the sections; it has no anchor of its own, so it is named by what it holds. */
export const SUMMARY: Section = { id: 'summary', label: 'The summary at the top' };

/** The view keys each data section shows; a section added to DATA_SECTIONS must be listed here. */
const DATA_SECTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  modifiers: ['modifiers'],
  'related-codes': ['related'],
  payers: ['payers'],
  'data-notes': ['dataGaps'],
  history: ['history', 'deleted'],
};

/** View keys that are not content: where the page sits among its neighbours, and when it was last reviewed. */
const NOT_COMPARED = new Set(['familyNeighbours', 'lastReviewed']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldsOf(section: Section): readonly string[] {
  const fields = DATA_SECTION_FIELDS[section.id];
  if (!fields) throw new Error(`section-changes: data section "${section.id}" lists no view fields`);
  return fields;
}

/** The sections whose content differs between a kept page and the live one, in page order, the summary first. */
export function changedSections(kept: ComparablePage, live: ComparablePage): Section[] {
  const inSections = new Set(DATA_SECTIONS.flatMap(fieldsOf));
  const summaryKeys = [...new Set([...Object.keys(kept.view), ...Object.keys(live.view)])].filter((key) => !inSections.has(key) && !NOT_COMPARED.has(key));
  const differs = (keys: readonly string[]) => keys.some((key) => !same(kept.view[key], live.view[key]));
  return [
    ...(differs(summaryKeys) ? [SUMMARY] : []),
    ...BODY_SECTIONS.filter((s) => kept.body[s.id] !== live.body[s.id]),
    ...DATA_SECTIONS.filter((s) => differs(fieldsOf(s))),
  ];
}

/** "Billing overview and Modifiers", as the banner says it. */
export function listLabels(sections: readonly Section[]): string {
  const labels = sections.map((s) => s.label);
  return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
