/**
 * A handout's text is the code pages' own: each code's page is fetched once and its sections taken
 * by their permanent ids, so there is no second copy of the content to drift from the pages. For the
 * live pages that is the page's parts cut at build time (src/handout/page-parts.ts): the lead parts
 * when the handout shows only default sections, else those its export carries. A kept edition's
 * codes read the same, but for its pages of their own (src/editions/same-as-live.ts): the pinned page whole.
 */
import { CURRENT_EDITION, PAGE_PARTS_KEY, type Handout } from '../../shared/handout';
import { codeJsonUrl, handoutLeadJsonUrl, pinnedCodeUrl } from '../../shared/urls';
import type { EditionDifferenceSets } from '../../shared/edition-differences';
import { keptDifferences } from '../editions/edition-differences';
import { fetchText } from '../early-fetches';

/** How src/user-components/ReportingExample.ts marks a worked example on the page. */
const REPORTING_EXAMPLE_SELECTOR = 'figure[data-reporting-example]';

/** A fetched page, parsed for one render: its nodes are moved into the handout, so each render parses afresh. */
export type HandoutPage = DocumentFragment;

export interface CodeSections {
  code: string;
  title: string;
  /** The page's nodes for each section id, cleaned for the handout. */
  sections: Map<string, Element[]>;
}

/** A section's content: the quick-facts panel's list, or what follows a body or data heading up to the next one. */
function sectionNodes(page: HandoutPage, id: string): Element[] {
  const target = page.getElementById(id);
  if (!target) return [];
  if (target.tagName !== 'H2') return [...target.children].filter((child) => child.tagName !== 'H2');
  const nodes: Element[] = [];
  // A heading sits in a wrapper with its link and copy button; the section runs to the next wrapper.
  for (let node = target.parentElement!.nextElementSibling; node && !node.querySelector('h2'); node = node.nextElementSibling) nodes.push(node);
  return nodes;
}

/**
 * Page controls and anchors have no place in a handout: ids would repeat from one code to the next.
 * The nodes are the parsed page's own (parsePage() parses for each render), so they are cleaned in place.
 */
function cleaned(nodes: readonly Element[]): Element[] {
  for (const node of nodes) {
    for (const control of node.querySelectorAll('button, [data-copy], [role="status"]')) control.remove();
    for (const element of [node, ...node.querySelectorAll('[id], [aria-labelledby]')]) {
      element.removeAttribute('id');
      element.removeAttribute('aria-labelledby');
    }
  }
  return [...nodes];
}

/**
 * The chosen sections of a fetched page. The reporting examples are those of the body sections
 * not shown whole, so an example is never printed twice.
 */
export function pageSections(page: HandoutPage, code: string, sectionIds: readonly string[], examplesId: string): CodeSections {
  const title = page.querySelector('article[data-code] h1 > :last-child')?.textContent?.trim() ?? '';
  const sections = new Map<string, Element[]>();
  for (const id of sectionIds.filter((id) => id !== examplesId)) sections.set(id, sectionNodes(page, id));
  if (sectionIds.includes(examplesId)) {
    const shown = [...sections.values()].flat();
    const examples = [...page.querySelectorAll(REPORTING_EXAMPLE_SELECTOR)].filter((example) => !shown.some((node) => node.contains(example)));
    sections.set(examplesId, examples);
  }
  for (const [id, nodes] of sections) sections.set(id, cleaned(nodes));
  return { code, title, sections };
}

/** What decides where a handout reads its codes from. */
export type HandoutReading = Pick<Handout, 'edition' | 'sections'>;

/** Where a handout reads a code from: a kept edition's page of its own (HTML), or the live page's parts. */
interface HandoutSource {
  url: string;
  pinned: boolean;
}

/**
 * Where a handout reads `code` from: the lead parts when every section it shows is one of
 * `defaultSections` (what those hold), else the export. In a kept edition (`differences`: how it
 * differs from the live pages), a code with a page of its own is read from that pinned page, and a
 * code it lacks from nowhere (undefined). The handout page's boot script (src/handout/boot-script.ts)
 * starts the fetch of the live parts, which fetchPageText() below then takes.
 */
export function handoutSource(reading: HandoutReading, code: string, defaultSections: readonly string[], differences?: EditionDifferenceSets): HandoutSource | undefined {
  const { edition, sections } = reading;
  if (edition !== CURRENT_EDITION && differences?.lacks.has(code)) return undefined;
  if (edition !== CURRENT_EDITION && differences?.own.has(code)) return { url: pinnedCodeUrl(edition, code), pinned: true };
  return { url: sections.every((id) => defaultSections.includes(id)) ? handoutLeadJsonUrl(code) : codeJsonUrl(code), pinned: false };
}

/** The page parts a live page's JSON (`url`, its `text`) carries. */
function pageParts(text: string, url: string): string {
  const parts = (JSON.parse(text) as Record<string, unknown>)[PAGE_PARTS_KEY];
  if (typeof parts !== 'string') throw new Error(`${url}: no ${PAGE_PARTS_KEY}`);
  return parts;
}

/**
 * A page's markup as a fragment of inert nodes, parsed in a template (no document of its own to
 * build, and nodes that need no copying to join the handout): its scripts never run, its images
 * load only once shown. A whole kept page parses the same way, less its <html>, <head> and <body> tags.
 */
function parsePage(text: string): HandoutPage {
  const template = document.createElement('template');
  template.innerHTML = text;
  return template.content;
}

const pages = new Map<string, Promise<string | undefined>>();

/** The page text of `code` from its source, fetched once per visit; undefined when the site has no such page. */
function fetchPageText({ url, pinned }: HandoutSource): Promise<string | undefined> {
  let page = pages.get(url);
  if (!page) {
    page = fetchText(url).then(({ ok, status, text }) => {
      if (status === 404) return undefined;
      if (!ok) throw new Error(`${url}: ${status}`);
      return pinned ? text : pageParts(text, url);
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

/** The page of `code` as `reading` reads it, parsed for this render; undefined when the site has no such page. */
export async function fetchPage(reading: HandoutReading, code: string, defaultSections: readonly string[]): Promise<HandoutPage | undefined> {
  // Imported with the handout (0.4 KiB): imported on demand, it cost a kept edition's handout one more round trip.
  const kept = reading.edition === CURRENT_EDITION ? undefined : reading.edition;
  const differences = kept === undefined ? undefined : await keptDifferences(kept);
  const source = handoutSource(reading, code, defaultSections, differences);
  const text = source && (await fetchPageText(source));
  return text === undefined ? undefined : parsePage(text);
}
