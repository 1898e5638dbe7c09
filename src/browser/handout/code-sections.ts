/**
 * A handout's text is the code pages' own: each code's page is fetched once and its sections taken
 * by their permanent ids, so there is no second copy of the content to drift from the pages. For the
 * live pages that is the page's handout parts its export carries (cut from the built page,
 * src/handout/page-parts.ts: a third of the bytes); for a kept edition, the pinned page whole.
 */
import { CURRENT_EDITION, PAGE_PARTS_KEY, type HandoutEdition } from '../../shared/handout';
import { codeJsonUrl, pinnedCodeUrl } from '../../shared/urls';

/** How src/user-components/ReportingExample.ts marks a worked example on the page. */
const REPORTING_EXAMPLE_SELECTOR = 'figure[data-reporting-example]';

export interface CodeSections {
  code: string;
  title: string;
  /** The page's nodes for each section id, adopted into this document. */
  sections: Map<string, Element[]>;
}

/** A section's content: the quick-facts panel's list, or what follows a body or data heading up to the next one. */
function sectionNodes(page: Document, id: string): Element[] {
  const target = page.getElementById(id);
  if (!target) return [];
  if (target.tagName !== 'H2') return [...target.children].filter((child) => child.tagName !== 'H2');
  const nodes: Element[] = [];
  // A heading sits in a wrapper with its link and copy button; the section runs to the next wrapper.
  for (let node = target.parentElement!.nextElementSibling; node && !node.querySelector('h2'); node = node.nextElementSibling) nodes.push(node);
  return nodes;
}

/** Page controls and anchors have no place in a handout: ids would repeat from one code to the next. */
function cleaned(nodes: readonly Element[]): Element[] {
  return nodes.map((node) => {
    const copy = document.importNode(node, true);
    for (const control of copy.querySelectorAll('button, [data-copy], [role="status"]')) control.remove();
    for (const element of [copy, ...copy.querySelectorAll('[id], [aria-labelledby]')]) {
      element.removeAttribute('id');
      element.removeAttribute('aria-labelledby');
    }
    return copy;
  });
}

/**
 * The chosen sections of a fetched page. The reporting examples are those of the body sections
 * not shown whole, so an example is never printed twice.
 */
export function pageSections(page: Document, code: string, sectionIds: readonly string[], examplesId: string): CodeSections {
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

/**
 * Where a handout reads `code` from in `edition`. The handout page's boot script
 * (src/handout/boot-script.ts) preloads the same addresses, which the fetch below then takes.
 */
export function handoutSource(edition: HandoutEdition, code: string): string {
  return edition === CURRENT_EDITION ? codeJsonUrl(code) : pinnedCodeUrl(edition, code);
}

async function pageText(response: Response, edition: HandoutEdition): Promise<string> {
  if (edition !== CURRENT_EDITION) return response.text();
  const parts = ((await response.json()) as Record<string, unknown>)[PAGE_PARTS_KEY];
  if (typeof parts !== 'string') throw new Error(`${response.url}: no ${PAGE_PARTS_KEY}`);
  return parts;
}

const pages = new Map<string, Promise<Document | undefined>>();

/** The page of `code` in `edition` as a handout reads it, fetched once per visit; undefined when the site has no such page. */
export function fetchPage(edition: HandoutEdition, code: string): Promise<Document | undefined> {
  const url = handoutSource(edition, code);
  let page = pages.get(url);
  if (!page) {
    page = fetch(url).then(async (response) => {
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return new DOMParser().parseFromString(await pageText(response, edition), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}
