import type { Element } from 'hast';
import { Caution } from './Caution';
import { CodeRef } from './CodeRef';
import { el, type BodyCatalogs, type ComponentSpec, type JsxElement, type RenderChildren } from './component-spec';
import { PayerNote } from './PayerNote';
import { ReportingExample } from './ReportingExample';
import { Term } from './Term';
import { Tip } from './Tip';

export type { BodyCatalogs, JsxElement, RenderChildren } from './component-spec';

/** The components a body may use, one file each beside this one; nothing else is accepted. */
const BODY_COMPONENTS: Readonly<Record<string, ComponentSpec>> = { Tip, Caution, PayerNote, ReportingExample, CodeRef, Term };

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
