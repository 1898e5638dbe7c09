import type { Element, ElementContent } from 'hast';
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { CODE_PATTERN, CODE_SOURCE } from '../shared/codes';
import { codeLinkHast } from '../bodies/code-link';
import { el, text, type ComponentSpec, type JsxElement } from './component-spec';

/** A line to report in a worked example: "37248 × 1: the first vein". */
const REPORT_LINE = new RegExp(String.raw`^\s*(${CODE_SOURCE})\s*[×x]\s*(\d+)\s*(?::\s*)?`);

function reportList(node: JsxElement): List | undefined {
  const last = node.children.at(-1);
  return last?.type === 'list' ? last : undefined;
}

function reportLine(item: ListItem): { code: string; units: string; rest: PhrasingContent[] } | undefined {
  const [first] = item.children;
  if (item.children.length !== 1 || first?.type !== 'paragraph') return undefined;
  const [lead, ...others] = (first as Paragraph).children;
  const match = lead?.type === 'text' ? REPORT_LINE.exec(lead.value) : null;
  if (!match || !CODE_PATTERN.test(match[1]!)) return undefined;
  const remainder = (lead as { value: string }).value.slice(match[0].length);
  return { code: match[1]!, units: match[2]!, rest: remainder ? [{ type: 'text', value: remainder }, ...others] : others };
}

export const ReportingExample: ComponentSpec = {
  example:
    '<ReportingExample>\n\nTwo veins are opened in one session.\n\n- 37248 × 1: the first vein\n- 37249 × 1: the second vein\n\n</ReportingExample>',
  block: true,
  attributes: {},
  hasChildren: true,
  contentProblem(node) {
    const list = reportList(node);
    const fix = 'end it with a list of the codes to report, one per item, written as "37248 × 1: what it covers"';
    if (!list || list.ordered) return `<ReportingExample> must ${fix}`;
    const bad = list.children.findIndex((item) => !reportLine(item));
    return bad < 0 ? undefined : `<ReportingExample> list item ${bad + 1} does not start with a code and units; ${fix}`;
  },
  codes: (_a, node) => reportList(node)!.children.map((item) => reportLine(item)!.code),
  render(_a, node, children, catalogs) {
    const list = reportList(node)!;
    const rows = list.children.map((item) => {
      const line = reportLine(item)!;
      return el('tr', {}, [
        el('td', {}, [codeLinkHast(line.code, catalogs.hasPage(line.code))]),
        el('td', {}, [text(line.units)]),
        el('td', {}, children(line.rest)),
      ]);
    });
    const head = el('tr', {}, ['Code', 'Units', 'What it covers'].map((h) => el('th', { scope: 'col' }, [text(h)])));
    return el('figure', { className: ['callout', 'callout-example'], dataReportingExample: true }, [
      el('figcaption', { className: ['callout-label'] }, [text('Reporting example')]),
      ...children(node.children.slice(0, -1)),
      el('table', {}, [el('caption', { className: ['sr-only'] }, [text('Codes to report')]), el('thead', {}, [head]), el('tbody', {}, rows)]),
    ]);
  },
};

/** A worked example as rendered, read back for practice questions (src/practice/). */
export interface RenderedExample {
  /** The example's prose before its list: the situation, as hast. */
  situation: ElementContent[];
  lines: { code: string; units: number; note: ElementContent[] }[];
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
const isElement = (node: ElementContent, tagName: string): node is Element => node.type === 'element' && node.tagName === tagName;

/** The situation and the lines of a figure render() made; undefined for any other element. Kept beside render() so the two read one shape. */
export function readRenderedExample(node: Element): RenderedExample | undefined {
  if (node.tagName !== 'figure' || !node.properties.dataReportingExample) return undefined;
  const table = node.children.find((child) => isElement(child, 'table')) as Element;
  const body = table.children.find((child) => isElement(child, 'tbody')) as Element;
  const lines = body.children.filter((row): row is Element => isElement(row, 'tr')).map((row) => {
    const [code, units, note] = row.children.filter((cell): cell is Element => isElement(cell, 'td'));
    return { code: textOf(code!).trim(), units: Number(textOf(units!)), note: note!.children };
  });
  const situation = node.children.filter((child) => !isElement(child, 'figcaption') && !isElement(child, 'table'));
  return { situation, lines };
}
