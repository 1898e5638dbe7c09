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

/** Rendered by the page template from frontmatter. */
export const DATA_SECTIONS: readonly Section[] = [
  { id: 'modifiers', label: 'Modifiers' },
  { id: 'related-codes', label: 'Related codes' },
  { id: 'payers', label: 'Payers' },
  { id: 'data-notes', label: 'Data notes' },
  { id: 'history', label: 'History' },
];

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

export interface RenderedSection {
  id: string;
  /** The heading's inner HTML. */
  heading: string;
  /** The HTML between this heading and the next. */
  html: string;
}

/**
 * Splits a body's rendered HTML at its level-2 headings, so the page can give each section its
 * permanent anchor and copy-link controls. `intro` is whatever comes before the first heading.
 */
export function splitRenderedSections(html: string): { intro: string; sections: RenderedSection[] } {
  const parts = html.split(/<h2 id="([^"]*)">([\s\S]*?)<\/h2>/);
  const sections: RenderedSection[] = [];
  for (let i = 1; i < parts.length; i += 3) {
    sections.push({ id: parts[i]!, heading: parts[i + 1]!, html: parts[i + 2] ?? '' });
  }
  return { intro: parts[0]!, sections };
}
