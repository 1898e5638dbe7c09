import type { CodeView } from '../schema/code-fields';

/**
 * The sections of a code page. Their ids are anchors that training material links to, so they
 * never change once published.
 */
export interface Section {
  id: string;
  label: string;
}

/** Written by authors as `## <label>` in the MDX body, in this order. */
export const BODY_SECTIONS: readonly Section[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'billing-overview', label: 'Billing overview' },
  { id: 'clinical-scenario', label: 'Clinical scenario' },
];

/** A section the page template renders from the page view, not from the body. */
export interface DataSection extends Section {
  /**
   * The page view's fields it shows (src/schema/code-fields.ts): a kept page's section has
   * changed when one of these has. Fields no section shows belong to the summary at the top.
   */
  fields: readonly (keyof CodeView)[];
}

/**
 * The data sections, in page order: the page renders them in this order, each by the component
 * src/components/code-page/DataSection.astro names for its id, and the pinned banner compares them by their fields.
 */
export const DATA_SECTIONS = [
  { id: 'modifiers', label: 'Modifiers', fields: ['modifiers'] },
  { id: 'related-codes', label: 'Related codes', fields: ['related'] },
  { id: 'payers', label: 'Payers', fields: ['payers'] },
  { id: 'data-notes', label: 'Data notes', fields: ['dataGaps'] },
  { id: 'history', label: 'History', fields: ['history', 'deleted'] },
] as const satisfies readonly DataSection[];

export type DataSectionId = (typeof DATA_SECTIONS)[number]['id'];

export const PAGE_SECTIONS: readonly Section[] = [...BODY_SECTIONS, ...DATA_SECTIONS];

/** Problems with a body's section headings, as messages for the author. */
export function checkBodySections(found: readonly string[]): string[] {
  const expected = BODY_SECTIONS.map((s) => s.label);
  if (found.length === expected.length && found.every((h, i) => h === expected[i])) return [];
  return [
    `the body must have exactly these "## " sections in this order: ${expected
      .map((h) => `"${h}"`)
      .join(', ')} (found ${found.length ? found.map((h) => `"${h}"`).join(', ') : 'none'})`,
  ];
}

/** The quick-facts panel at the top of a code page; its id is the panel's anchor. */
export const QUICK_FACTS_SECTION: Section = { id: 'quick-facts', label: 'Quick facts' };

/** The worked examples (<ReportingExample>) of the body sections, which a handout can show alone. */
export const REPORTING_EXAMPLES: Section = { id: 'reporting-examples', label: 'Reporting examples' };

const modifiersSection = DATA_SECTIONS.find((section) => section.id === 'modifiers')!;

/**
 * What a handout can show of each code, in page order: the page's own sections, taken by id from
 * the rendered page (src/browser/handout/), and the reporting examples alone.
 */
export const HANDOUT_SECTIONS: readonly Section[] = [QUICK_FACTS_SECTION, ...BODY_SECTIONS, modifiersSection, REPORTING_EXAMPLES];

/** A handout's parts when its address names none: what a trainee reads first. */
export const DEFAULT_HANDOUT_SECTIONS: readonly string[] = [QUICK_FACTS_SECTION, ...BODY_SECTIONS.slice(0, 2)].map((section) => section.id);
