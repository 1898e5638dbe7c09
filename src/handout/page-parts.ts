/**
 * The parts of a built code page a handout shows, cut from the page's own HTML at build time, so
 * the handout reads the pages' rendering without downloading the rest of the page (its header,
 * navigation, table of contents and the sections no handout shows). The browser reads the result
 * exactly as it reads a whole page (src/browser/handout/code-sections.ts), so both stay one logic.
 */
import { DEFAULT_HANDOUT_SECTIONS, HANDOUT_SECTIONS, PAGE_SECTIONS, QUICK_FACTS_SECTION } from '../code-page/sections';

/** The index just past the element that opens at `start`, counting nested elements of its name. */
function elementEnd(html: string, start: number, file: string): number {
  const name = /^<([a-z0-9]+)/i.exec(html.slice(start, start + 12))?.[1];
  if (!name) throw new Error(`${file}: no element starts at ${start}`);
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  throw new Error(`${file}: <${name}> at ${start} is never closed`);
}

/** Where the tag holding `marker` (an attribute, e.g. `id="overview"`) opens. */
function tagWith(html: string, marker: string, file: string, from = 0): number {
  const at = html.indexOf(marker, from);
  if (at < 0) throw new Error(`${file}: the page has no ${marker}, which a handout reads`);
  return html.lastIndexOf('<', at);
}

/** How src/components/code-page/PrintSource.astro marks the page's print block. */
const PRINT_SOURCE = 'data-print-source';

/** The first page section after the last of `shown` (section ids): where the parts that show them end. */
function sectionAfter(shown: readonly string[]): string {
  const lastShown = Math.max(...shown.map((id) => PAGE_SECTIONS.findIndex((page) => page.id === id)));
  const next = PAGE_SECTIONS[lastShown + 1];
  if (!next) throw new Error('src/code-page/sections.ts: a handout shows the last page section; handoutParts() needs a section after it to end at');
  return next.id;
}
/** Where the parts of every section a handout offers end, and where those of the default ones end. */
const AFTER_ALL = sectionAfter(HANDOUT_SECTIONS.map((section) => section.id));
const AFTER_DEFAULT = sectionAfter(DEFAULT_HANDOUT_SECTIONS);

/** How src/components/common/CopyButton.astro marks a copy button with its status. */
const COPY_CONTROL = /\sdata-copy[\s>]/g;
/** A section heading's own "#" link (src/components/common/SectionHeading.astro). */
const SECTION_LINK = /<a href="#[^"]*"[^>]*>#<\/a>/g;

/**
 * `html` without the page's controls (copy buttons, the headings' "#" links), which a handout never
 * shows (src/browser/handout/code-sections.ts drops them from a whole page) and every export would
 * otherwise carry: about a fifteenth of each export's compressed bytes.
 */
function withoutControls(html: string, file: string): string {
  let kept = '';
  let from = 0;
  for (const control of html.matchAll(COPY_CONTROL)) {
    const start = html.lastIndexOf('<', control.index);
    if (start < from) continue;
    kept += html.slice(from, start);
    from = elementEnd(html, start, file);
  }
  return (kept + html.slice(from)).replace(SECTION_LINK, '');
}

/** Attributes only the page itself uses (its search index, visit record, anchors): a handout never reads them. */
const PAGE_ONLY_ATTRIBUTES = /\s(?:data-pagefind-(?:body|ignore)|data-record-visit|data-permalink|aria-labelledby="[^"]*")(?=[\s>])/g;
/** The styling of the page's headings and of a section heading's wrapper: a handout shows neither, only what they head. */
const HEADING_CLASSES = /(<h[12]\b[^>]*?)\sclass="[^"]*"/g;
const HEADING_WRAPPER_CLASS = /<div class="[^"]*">(?=<h2\b)/g;

/**
 * `html` less what a handout never shows or reads: every export carries its parts, so each byte
 * here is twenty on a twenty-code handout. What it shows keeps the page's own markup.
 */
function slimmed(html: string): string {
  return html.replace(PAGE_ONLY_ATTRIBUTES, '').replace(HEADING_CLASSES, '$1').replace(HEADING_WRAPPER_CLASS, '<div>');
}

/**
 * The quick-facts panel's own box and heading: a handout shows the facts list inside it, not the
 * panel (sectionNodes() in src/browser/handout/code-sections.ts takes the section's children, less its heading).
 */
const QUICK_FACTS_PANEL = new RegExp(`<section id="${QUICK_FACTS_SECTION.id}"[^>]*>(?:<h2\\b[^>]*>[^<]*</h2>)?`);
/** The styling inside the code heading: a handout reads only the title's text from it (pageSections()). */
const CODE_HEADING = /<h1\b[^>]*>.*?<\/h1>/s;
const CLASS_ATTRIBUTE = /\sclass="[^"]*"/g;
/** Which term a glossary link names: a handout's print rules only ask whether a link is one. */
const GLOSSARY_TERM_VALUE = /(\sdata-glossary-term)="[^"]*"/g;

/**
 * Slimmed parts less what only the export's readers may want (the panel and heading markup, the
 * glossary links' terms). The lead parts are the handout's alone, and on a throttled line each
 * one's last hundred bytes can cost a packet of their own (BENCHMARKS.md, round 9).
 */
function leaner(html: string): string {
  return html
    .replace(CODE_HEADING, (heading) => heading.replace(CLASS_ATTRIBUTE, ''))
    .replace(QUICK_FACTS_PANEL, `<section id="${QUICK_FACTS_SECTION.id}">`)
    .replace(GLOSSARY_TERM_VALUE, '$1');
}

/** The `</div>` that close what `html` leaves open: parts may end inside the page's prose wrapper. */
function closingDivs(html: string): string {
  const open = (html.match(/<div\b/g)?.length ?? 0) - (html.match(/<\/div>/g)?.length ?? 0);
  return '</div>'.repeat(Math.max(0, open));
}

/** The parts of a code page up to the heading of section `end`, with its print block or not: see handoutParts(). */
function partsUntil(html: string, file: string, end: string, withPrintBlock: boolean): string {
  const article = tagWith(html, '<article data-code=', file);
  const articleTag = html.slice(article, html.indexOf('>', article) + 1);
  const heading = html.indexOf('<h1', article);
  const print = tagWith(html, PRINT_SOURCE, file, article);
  const first = tagWith(html, `id="${QUICK_FACTS_SECTION.id}"`, file, article);
  // A section heading sits in a wrapper of its own (SectionHeading.astro): the parts end where the next one opens.
  const nextHeading = tagWith(html, `id="${end}"`, file, first);
  const last = html.lastIndexOf('<div', nextHeading);
  if (!/^<div[^>]*>\s*$/.test(html.slice(last, nextHeading))) throw new Error(`${file}: the ${end} heading is not in its own wrapper`);
  const body = html.slice(first, last);
  const parts = [
    articleTag,
    html.slice(heading, elementEnd(html, heading, file)),
    withPrintBlock ? html.slice(print, elementEnd(html, print, file)) : '',
    `<div>${body}${closingDivs(body)}</div></article>`,
  ].join('');
  return slimmed(withoutControls(parts, file));
}

/**
 * The handout's parts of a code page (`html`, read from `file`): the article's heading, its print
 * block (QR code and short address) and everything from the quick facts to the last section a
 * handout offers, in the page's own markup and order, less the page's controls and what slimmed() leaves out.
 */
export function handoutParts(html: string, file: string): string {
  return partsUntil(html, file, AFTER_ALL, true);
}

/**
 * The same parts up to the last section a handout shows by default: what a handout without
 * `sections` in its address needs, about half of handoutParts() (the clinical scenario and the
 * modifiers table are the larger half), and without the export's record. Without the print block
 * too: it differs from code to code only by the code, so the handout page carries it once
 * (src/components/handout/HandoutSheet.astro) and makes each code's from it, 0.2 KiB less a code.
 */
export function handoutLeadParts(html: string, file: string): string {
  return leaner(partsUntil(html, file, AFTER_DEFAULT, false));
}
