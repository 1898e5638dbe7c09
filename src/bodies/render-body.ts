import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Literal, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { renderComponent, type BodyCatalogs, type JsxElement } from '../user-components/index';
import { readRenderedExample } from '../user-components/ReportingExample';
import { codeLinkHast } from './code-link';
import { findCodeMentions } from './code-mentions';
import { markFirstUses } from '../glossary/glossary-markup';
import { glossaryTermUrl } from '../shared/urls';

export interface BodySection {
  /** The heading's id: the section's permanent anchor. */
  id: string;
  /** The heading's inner HTML. */
  heading: string;
  /** The HTML between this heading and the next, glossary terms linked. */
  html: string;
  /**
   * A fingerprint of `html` as written, before glossary terms are linked: what a kept edition is
   * compared by, since a term linked at its first use moves to a later section when an earlier
   * one stops using it, which is no change to that section.
   */
  written: string;
}

/** A rendered body, split at its level-2 headings: what a page shows, section by section. */
export interface RenderedBody {
  /** Whatever comes before the first section heading. */
  intro: string;
  sections: BodySection[];
  /** The body's worked examples (<ReportingExample>), for practice questions. */
  examples: WorkedExample[];
}

/** One <ReportingExample>, read from the rendered body: the situation and what to report, as HTML. */
export interface WorkedExample {
  /** The id of the section it sits in ('' before the first heading). */
  section: string;
  situation: string;
  lines: { code: string; units: number; note: string }[];
}

/** A code written in the body's prose, linked when rendered. */
interface CodeMentionNode extends Literal {
  type: 'codeMention';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    codeMention: CodeMentionNode;
  }
  interface RootContentMap {
    codeMention: CodeMentionNode;
  }
}

// Code mentions are linked in running prose only: a heading, a link's own text and code spans keep
// the number as written.
const NOT_PROSE = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html']);

const BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'table', 'code', 'thematicBreak', 'mdxJsxFlowElement']);

/** Splits the body's prose text at each code it names (other than the page's own code). */
export function markCodeMentions(tree: Root, ownCode: string): void {
  visit(tree, (node, index, parent) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    // A worked example's list is read line by line as codes and units; its table links the codes.
    if (node.type === 'list' && parent?.type === 'mdxJsxFlowElement' && parent.name === 'ReportingExample') return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return;
    const mentions = findCodeMentions(node.value).filter((m) => m.code !== ownCode);
    if (!mentions.length) return;
    const pieces: PhrasingContent[] = [];
    let at = 0;
    for (const m of mentions) {
      if (m.start > at) pieces.push({ type: 'text', value: node.value.slice(at, m.start) });
      pieces.push({ type: 'codeMention', value: m.code });
      at = m.end;
    }
    if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => hastText(child as HastNodes)).join('') : '';
}

/** Gives each heading the id Astro's Markdown renderer would (GitHub's slugs). */
function addHeadingIds(root: HastRoot): void {
  const slugger = new GithubSlugger();
  visit(root, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) node.properties.id = slugger.slug(hastText(node));
  });
}

/** A body's top-level hast split at its level-2 headings: what comes before them, then each heading and what follows it. */
export function splitAtHeadings(root: HastRoot): { intro: HastRoot; sections: { heading: Element; content: HastRoot }[] } {
  const intro: HastRoot = { type: 'root', children: [] };
  const sections: { heading: Element; content: HastRoot }[] = [];
  for (const node of root.children) {
    if (node.type === 'element' && node.tagName === 'h2') sections.push({ heading: node, content: { type: 'root', children: [] } });
    else (sections.at(-1)?.content ?? intro).children.push(node);
  }
  return { intro, sections };
}

const html = (root: HastRoot) => toHtml(root, { characterReferences: { useNamedReferences: true } });
const fingerprint = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * Renders a body that checkBodyTree accepted: Markdown as Astro would, the fixed components
 * through their own renderers, code mentions as links, and each glossary term linked at its first
 * use. Nothing from the body runs. The tree is split into sections before it is serialized, once.
 */
export function renderBody(tree: Root, ownCode: string, catalogs: BodyCatalogs): RenderedBody {
  const hast = bodyHast(tree, ownCode, catalogs);
  addHeadingIds(hast);
  const { intro, sections } = splitAtHeadings(hast);
  const written = sections.map((s) => fingerprint(html(s.content)));
  markFirstUses([intro, ...sections.map((s) => s.content)], catalogs.glossaryMarks, glossaryTermUrl);
  const examples = [{ id: '', content: intro }, ...sections.map((s) => ({ id: String(s.heading.properties.id), content: s.content }))].flatMap(
    ({ id, content }) => workedExamples(content, id),
  );
  return {
    examples,
    intro: html(intro),
    sections: sections.map((s, i) => ({
      id: String(s.heading.properties.id),
      heading: html({ type: 'root', children: s.heading.children }),
      html: html(s.content),
      written: written[i]!,
    })),
  };
}

/** The worked examples among a section's top-level nodes, as HTML. */
function workedExamples(content: HastRoot, section: string): WorkedExample[] {
  return content.children.flatMap((node) => {
    const example = node.type === 'element' ? readRenderedExample(node) : undefined;
    if (!example) return [];
    const lines = example.lines.map((l) => ({ code: l.code, units: l.units, note: html({ type: 'root', children: l.note }).trim() }));
    return [{ section, situation: html({ type: 'root', children: example.situation }).trim(), lines }];
  });
}

/** The body's tree as hast: Markdown as Astro renders it, components and code mentions by our own handlers. */
function bodyHast(tree: Root, ownCode: string, catalogs: BodyCatalogs): HastRoot {
  markCodeMentions(tree, ownCode);
  const component = (state: State, node: JsxElement): Element => {
    const children = (nodes: readonly RootContent[]) => {
      const content = state.all({ type: 'root', children: [...nodes] } as Parent as Root);
      // Blocks are separated by line breaks, as the Markdown around them is; phrasing runs on.
      return nodes.some((n) => BLOCKS.has(n.type)) ? state.wrap(content, true) : content;
    };
    return renderComponent(node, children, catalogs);
  };
  return toHast(tree, {
    handlers: {
      mdxJsxFlowElement: component,
      mdxJsxTextElement: component,
      codeMention: (_state: State, node: CodeMentionNode) => codeLinkHast(node.value, catalogs.hasPage(node.value)),
    },
  }) as HastRoot;
}
