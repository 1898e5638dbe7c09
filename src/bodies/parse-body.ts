import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { BodyProblem } from './body-safety';

/**
 * Parses a body once, as MDX, with the features Astro's Markdown renderer uses (GitHub tables and
 * autolinks, smart punctuation), so every check and the renderer read the same tree. The parser
 * is Astro's own (satteri), so a body without components renders as it did through Astro.
 */
export function parseBody(body: string): { tree: Root } | { problem: BodyProblem } {
  try {
    return { tree: mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Root };
  } catch (error) {
    // The parser's message starts with "line:column: ".
    const message = (error as Error).message;
    const at = /^(\d+):\d+:\s*/.exec(message);
    return { problem: { line: at ? Number(at[1]) : undefined, message: `is not valid MDX: ${at ? message.slice(at[0].length) : message}` } };
  }
}

/** The text of a node as a reader sees it, without markup. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}
