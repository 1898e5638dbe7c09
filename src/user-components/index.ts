import type { Element, ElementContent } from 'hast';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { CODE_PATTERN, CODE_SHAPE, CODE_SOURCE } from '../shared/codes';
import { codeLinkHast } from '../bodies/code-link';
import { glossaryTermUrl } from '../shared/urls';

/** What a body is checked and rendered against: the catalogs an attribute may name. */
export interface BodyCatalogs {
  /** Payer ids (content/payers.yaml) and their display names. */
  payers: ReadonlyMap<string, string>;
  /** Codes that have a page; any other well-formed code is shown as "no page yet". */
  hasPage(code: string): boolean;
  /** Glossary term ids (content/glossary.yaml) and the terms' names. */
  glossary: ReadonlyMap<string, string>;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Turns mdast children into hast, so a component's content is rendered like the rest of the body. */
export type RenderChildren = (nodes: readonly RootContent[]) => ElementContent[];

interface AttributeRule {
  /** What the value must be, for the author. */
  expects: string;
  problem(value: string, catalogs: BodyCatalogs): string | undefined;
}

interface ComponentSpec {
  /** How it is written; error messages quote it. */
  example: string;
  /** Written on lines of its own (a block); otherwise it may also sit inside a sentence. */
  block: boolean;
  /** Every attribute listed is required; no other is allowed. */
  attributes: Record<string, AttributeRule>;
  hasChildren: boolean;
  /** Further checks of its content, each message naming what to write instead. */
  contentProblem?(node: JsxElement): string | undefined;
  render(attributes: Record<string, string>, node: JsxElement, children: RenderChildren, catalogs: BodyCatalogs): Element;
  /** The codes it names, for the editorial report. */
  codes?(attributes: Record<string, string>, node: JsxElement): string[];
}

const codeAttribute: AttributeRule = {
  expects: 'a CPT code such as "37248" or "0075T"',
  problem: (value) => (CODE_PATTERN.test(value) ? undefined : `"${value}" is not a CPT code: ${CODE_SHAPE}`),
};

const payerAttribute: AttributeRule = {
  expects: 'a payer id from content/payers.yaml',
  problem: (value, catalogs) =>
    catalogs.payers.has(value) ? undefined : `"${value}" is not a known payer (choose one of: ${[...catalogs.payers.keys()].join(', ')})`,
};

const termAttribute: AttributeRule = {
  expects: 'a term id from content/glossary.yaml',
  problem: (value, catalogs) =>
    catalogs.glossary.has(value) ? undefined : `"${value}" is not a glossary term (choose one of: ${[...catalogs.glossary.keys()].join(', ')})`,
};

// Callouts share one frame; the label is visible text, so it reads the same with or without
// styles, in print and to a screen reader (role="note").
function callout(kind: string, label: string, content: ElementContent[]): Element {
  return el('div', { role: 'note', className: [`callout`, `callout-${kind}`], dataCallout: kind }, [
    el('p', { className: ['callout-label'] }, [text(label)]),
    ...content,
  ]);
}

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

export const BODY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Tip: {
    example: '<Tip>\n\nName every vein dilated in the record.\n\n</Tip>',
    block: true,
    attributes: {},
    hasChildren: true,
    render: (_a, node, children) => callout('tip', 'Tip', children(node.children)),
  },
  Caution: {
    example: '<Caution>\n\nDo not report imaging guidance separately.\n\n</Caution>',
    block: true,
    attributes: {},
    hasChildren: true,
    render: (_a, node, children) => callout('caution', 'Caution', children(node.children)),
  },
  PayerNote: {
    example: '<PayerNote payer="medicare">\n\nWhat the source says about this payer.\n\n</PayerNote>',
    block: true,
    attributes: { payer: payerAttribute },
    hasChildren: true,
    render: (a, node, children, catalogs) => callout('payer', `Payer note: ${catalogs.payers.get(a.payer!)}`, children(node.children)),
  },
  ReportingExample: {
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
  },
  CodeRef: {
    example: '<CodeRef code="37248" />',
    block: false,
    attributes: { code: codeAttribute },
    hasChildren: false,
    codes: (a) => [a.code!],
    render: (a, _node, _children, catalogs) => codeLinkHast(a.code!, catalogs.hasPage(a.code!)),
  },
  // For wording the glossary's own forms do not catch (those are linked on first use anyway):
  // the words stay the author's, the link and its title say which term they mean.
  Term: {
    example: '<Term term="rsi">the imaging work</Term>',
    block: false,
    attributes: { term: termAttribute },
    hasChildren: true,
    render: (a, node, children, catalogs) =>
      el('a', { href: glossaryTermUrl(a.term!), title: catalogs.glossary.get(a.term!), dataGlossaryTerm: a.term }, children(node.children)),
  },
};

export const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS);

const allowedComponents = () => `allowed components: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`;

/** Problems with one JSX element in a body; an empty list means it can be rendered. */
export function checkComponent(node: JsxElement, catalogs: BodyCatalogs): string[] {
  const name = node.name ?? '';
  const spec = BODY_COMPONENTS[name];
  if (!spec) {
    return /^[a-z]/.test(name) || !name
      ? [`has a raw <${name}> element; write Markdown, or use one of the ${allowedComponents()}`]
      : [`has an unknown component <${name}>; ${allowedComponents()}`];
  }
  const problems: string[] = [];
  const allowed = Object.keys(spec.attributes);
  const choices = allowed.length ? `it takes ${allowed.map((a) => `${a}="…" (${spec.attributes[a]!.expects})`).join(', ')}` : 'it takes no attributes';
  const given = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`<${name}> has a {…} attribute, which would run at build time; ${choices}`);
      continue;
    }
    given.add(attribute.name);
    const rule = spec.attributes[attribute.name];
    if (!rule) problems.push(`<${name}> has an unknown attribute "${attribute.name}"; ${choices}`);
    else if (typeof attribute.value !== 'string') problems.push(`<${name}> ${attribute.name} must be a quoted string, ${rule.expects}`);
    else {
      const problem = rule.problem(attribute.value, catalogs);
      if (problem) problems.push(`<${name}> ${attribute.name}: ${problem}`);
    }
  }
  for (const missing of allowed.filter((a) => !given.has(a))) problems.push(`<${name}> needs ${missing}="…" (${spec.attributes[missing]!.expects})`);
  if (spec.block && node.type === 'mdxJsxTextElement') problems.push(`<${name}> must stand on lines of its own, not inside a sentence, e.g. ${spec.example.split('\n')[0]}`);
  if (!spec.hasChildren && node.children.length) problems.push(`<${name}> takes no content; write it as ${spec.example}`);
  if (spec.hasChildren && !node.children.length) problems.push(`<${name}> is empty; write its text between <${name}> and </${name}>`);
  const content = problems.length ? undefined : spec.contentProblem?.(node);
  return content ? [...problems, content] : problems;
}

const attributesOf = (node: JsxElement) => Object.fromEntries(node.attributes.map((a) => [(a as { name: string }).name, String(a.value)]));

/** Renders a component that checkComponent accepted. */
export function renderComponent(node: JsxElement, children: RenderChildren, catalogs: BodyCatalogs): Element {
  const spec = BODY_COMPONENTS[node.name!]!;
  const rendered = spec.render(attributesOf(node), node, children, catalogs);
  // An inline component written on a line of its own is a paragraph of its own.
  return !spec.block && node.type === 'mdxJsxFlowElement' ? el('p', {}, [rendered]) : rendered;
}

/** The codes a component that checkComponent accepted names. */
export function componentCodes(node: JsxElement): string[] {
  return BODY_COMPONENTS[node.name!]!.codes?.(attributesOf(node), node) ?? [];
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
