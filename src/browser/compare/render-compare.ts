import type { CompareProblem } from '../../shared/compare/compare-request';
import type { CompareCodeRef, CompareRecord, CompareTableRow, CompareValue } from '../../shared/compare/compare-record';
import { codeUrl, compareUrl } from '../../shared/urls';
import { notAvailable } from '../../shared/not-available';
import { element } from '../element';

const CELL = 'border border-line px-3 py-2 text-left align-top dark:border-line-dark';

function link(href: string, text: string): HTMLAnchorElement {
  // Underlined: links inside text must not differ by colour alone.
  const a = element('a', 'underline', text);
  a.href = href;
  return a;
}

function codeRef({ code, url }: CompareCodeRef): Node {
  return url ? link(url, code) : document.createTextNode(`${code} (no page yet)`);
}

/** A cell's content; the build worded every value, this only puts it in elements. */
function cellContent(value: CompareValue): Node {
  if ('text' in value) return document.createTextNode(value.text);
  if ('notAvailable' in value) return element('span', 'italic text-ink-muted dark:text-ink-muted-dark', notAvailable(value.notAvailable));
  if ('items' in value) {
    const list = element('ul', 'list-disc space-y-1 pl-5');
    for (const item of value.items) list.append(element('li', '', item));
    return list;
  }
  if ('codes' in value) {
    const span = element('span');
    value.codes.forEach((ref, i) => span.append(...(i ? [', '] : []), codeRef(ref)));
    if (value.note) span.append(value.codes.length ? `; ${value.note}` : value.note);
    return span;
  }
  // A body section the build rendered for the code page. Its anchors belong to that page: side by
  // side, the same ids would repeat once per column.
  const body = element('div', 'prose-site text-sm');
  body.innerHTML = value.html;
  for (const withId of body.querySelectorAll('[id]')) withId.removeAttribute('id');
  return body;
}

function headerRow(records: readonly CompareRecord[]): HTMLTableRowElement {
  const row = element('tr');
  row.append(element('td', CELL));
  for (const record of records) {
    const th = element('th', `${CELL} min-w-48 print:min-w-0`);
    th.scope = 'col';
    th.append(link(record.url, record.code), element('span', 'block font-normal', record.title));
    row.append(th);
  }
  return row;
}

/** A row that differs says so in words in its header, so the mark reaches screen readers and paper too. */
function bodyRow(row: CompareTableRow): HTMLTableRowElement {
  const tr = element('tr', row.differs ? 'bg-badge-bg dark:bg-badge-bg-dark' : '');
  tr.dataset.compareRow = row.key;
  if (row.differs) tr.dataset.differs = '';
  const th = element('th', `${CELL} w-44 print:w-32 ${row.differs ? 'border-l-4 border-l-badge dark:border-l-badge-dark' : ''}`, row.label);
  th.scope = 'row';
  if (row.differs) th.append(element('span', 'mt-1 block text-xs font-bold uppercase tracking-wide', 'Differs'));
  tr.append(th);
  for (const value of row.cells) {
    const td = element('td', CELL);
    td.append(cellContent(value));
    tr.append(td);
  }
  return tr;
}

/**
 * The table under a heading that names it: the code pages' billing overviews hold their own h3
 * headings, which must not follow the page's h1 directly. On paper the columns share the page width.
 */
export function compareTableElements(records: readonly CompareRecord[], rows: readonly CompareTableRow[]): HTMLElement[] {
  const codes = records.map((r) => r.code);
  const heading = element('h2', 'mb-2 text-xl font-bold', `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)} side by side`);
  heading.id = 'compare-heading';
  const table = element('table', 'w-full border-collapse text-sm break-words print:table-fixed print:break-inside-auto');
  table.setAttribute('aria-labelledby', heading.id);
  table.createTHead().append(headerRow(records));
  table.createTBody().append(...rows.map(bodyRow));
  return [heading, table];
}

function linkList(label: string, links: HTMLAnchorElement[]): HTMLParagraphElement {
  const p = element('p', 'mt-2', `${label} `);
  links.forEach((a, i) => p.append(...(i ? [', '] : []), a));
  return p;
}

/** A problem with the address, and where the reader can go from it. */
export function problemElement(problem: CompareProblem): HTMLElement {
  const box = element('div', 'rounded border border-l-4 border-line border-l-badge p-4 dark:border-line-dark dark:border-l-badge-dark');
  box.setAttribute('role', 'alert');
  box.append(element('p', 'font-semibold', problem.text));
  for (const codes of problem.suggestions) box.append(linkList('Compare instead:', [link(compareUrl(...codes), codes.join(', '))]));
  if (problem.pages.length) box.append(linkList('Open a code’s page:', problem.pages.map((code) => link(codeUrl(code), code))));
  return box;
}
