import GithubSlugger from 'github-slugger';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Literal, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { renderComponent, type BodyCatalogs, type JsxElement } from '../user-components/index';
import { codeLinkHast } from './code-link';
import { findCodeMentions } from './code-mentions';

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
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

/** Gives each heading the id Astro's Markdown renderer would (GitHub's slugs), and lists them. */
function addHeadingIds(root: HastRoot): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  visit(root, 'element', (node: Element) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    const text = hastText(node);
    const slug = slugger.slug(text);
    node.properties.id = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

/**
 * Renders a body that checkBodyTree accepted: Markdown as Astro would, the fixed components
 * through their own renderers, and code mentions as links. Nothing from the body runs.
 */
export function renderBody(tree: Root, ownCode: string, catalogs: BodyCatalogs): RenderedBody {
  markCodeMentions(tree, ownCode);
  const component = (state: State, node: JsxElement): Element => {
    const children = (nodes: readonly RootContent[]) => {
      const content = state.all({ type: 'root', children: [...nodes] } as Parent as Root);
      // Blocks are separated by line breaks, as the Markdown around them is; phrasing runs on.
      return nodes.some((n) => BLOCKS.has(n.type)) ? state.wrap(content, true) : content;
    };
    return renderComponent(node, children, catalogs);
  };
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: component,
      mdxJsxTextElement: component,
      codeMention: (_state: State, node: CodeMentionNode) => codeLinkHast(node.value, catalogs.hasPage(node.value)),
    },
  }) as HastRoot;
  const headings = addHeadingIds(hast);
  return { html: toHtml(hast, { characterReferences: { useNamedReferences: true } }), headings };
}
