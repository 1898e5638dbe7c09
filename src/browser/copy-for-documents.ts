/**
 * "Copy for documents": a page's content as rich HTML (headings, lists, tables, links that work from
 * any document) and as plain text, both on the clipboard, so a word processor, a slide or a learning
 * system keeps the structure and the links when it pastes. Reusable for any content: give it the
 * elements to copy, the page's published address and the citation.
 */

/** What goes on the clipboard: the same content as HTML and as plain text. */
export interface DocumentCopy {
  html: string;
  text: string;
}

/**
 * What a document copy leaves out: what print leaves out (controls, navigation), print-only blocks,
 * screen-reader-only labels, a table's labels repeated for narrow screens, and heading anchors.
 */
const LEFT_OUT = 'button, script, template, nav, aside, [hidden], .hidden, .sr-only, .print\\:hidden, .sm\\:hidden, a[href^="#"]';
/** The attributes a pasted copy keeps; classes and data attributes mean nothing outside the site. */
const KEPT_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'scope', 'title', 'start']);
const BLOCKS = 'h1, h2, h3, h4, p, li, tr, figcaption, caption, dt, dd';

function cleaned(element: Element, pageUrl: string): Element {
  const copy = element.cloneNode(true) as Element;
  for (const left of copy.querySelectorAll(LEFT_OUT)) left.remove();
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    // A link resolves against the published address, never the host serving the page (src/shared/urls.ts absoluteUrl).
    if (node instanceof HTMLAnchorElement) node.setAttribute('href', new URL(node.getAttribute('href') ?? '', pageUrl).href);
    for (const { name } of [...node.attributes]) if (!KEPT_ATTRIBUTES.has(name)) node.removeAttribute(name);
  }
  return copy;
}

const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Plain text block by block: a list item as "- item", a table row's cells separated by tabs. */
function plainText(root: Element): string {
  const lines: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    // A block inside another is written with its parent (a paragraph inside a list item).
    if (block.parentElement?.closest(BLOCKS)) continue;
    if (block.tagName === 'TR') lines.push([...block.children].map((cell) => squashed(cell.textContent ?? '')).join('\t'));
    else if (block.tagName === 'LI') lines.push(`- ${squashed(block.textContent ?? '')}`);
    else lines.push(`${/^H\d$/.test(block.tagName) ? '\n' : ''}${squashed(block.textContent ?? '')}`);
  }
  return lines.filter((line) => line.trim()).join('\n').trim();
}

/**
 * The copy of `content` (elements of the page, in order) with the citation at its end.
 * @param pageUrl the page's published address, against which relative links are made absolute
 * @param citation the plain-text citation (src/code-page/citation.ts), which names the address
 */
export function documentCopy(content: readonly Element[], { pageUrl, citation }: { pageUrl: string; citation: string }): DocumentCopy {
  const root = document.createElement('div');
  for (const element of content) root.append(cleaned(element, pageUrl));
  const source = document.createElement('p');
  const link = Object.assign(document.createElement('a'), { href: pageUrl, textContent: pageUrl });
  const [before, after = ''] = citation.split(pageUrl);
  source.append('Source: ', before ?? '', link, after);
  root.append(source);
  return { html: root.innerHTML, text: `${plainText(root)}` };
}
