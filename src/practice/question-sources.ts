import { getKeptEditions } from '../editions/kept-editions';
import { PAGE_SECTIONS } from '../code-page/sections';
import { codeUrl, pinnedCodeUrl } from '../shared/urls';
import { currentEdition } from '../site/site-config';

/** A link to the section a question's answer rests on. */
export interface SourceLink {
  href: string;
  text: string;
}

const sectionLabel = (id: string) => PAGE_SECTIONS.find((s) => s.id === id)?.label ?? id;

/**
 * Where a question's answer is explained: the section it was written in, then each other code's
 * billing overview. Questions are written against the current edition (cpt_edition): a code kept
 * in that edition links to its pinned page, which never changes; one not kept yet, to its live page.
 */
export async function questionSources(code: string, section: string, otherCodes: readonly string[]): Promise<SourceLink[]> {
  const year = currentEdition();
  const kept = (await getKeptEditions()).find((e) => e.year === year);
  const link = (c: string, id: string): SourceLink =>
    kept?.codes.has(c)
      ? { href: `${pinnedCodeUrl(year, c)}#${id}`, text: `${c}, ${sectionLabel(id)} (${year} edition)` }
      : { href: `${codeUrl(c)}#${id}`, text: `${c}, ${sectionLabel(id)} (current page)` };
  const others = [...new Set(otherCodes)].filter((c) => c !== code);
  return [link(code, section), ...others.map((c) => link(c, 'billing-overview'))];
}
