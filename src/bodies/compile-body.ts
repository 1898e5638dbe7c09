import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { componentCodes, type BodyCatalogs } from '../user-components/index';
import { markCodeMentions, renderBody, type RenderedBody } from './render-body';
import { checkBodySize, checkBodyTree, type BodyProblem } from './body-safety';
import { parseBody, plainText } from './parse-body';
import { checkBodySections } from '../code-page/sections';

/** The level-2 headings of a parsed body, in order, as authors wrote them. */
export function bodyHeadings(tree: Root): string[] {
  return tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [plainText(node).trim()] : []));
}

/**
 * A code page's body, parsed once: checked, then rendered from the same tree, so the check and
 * the renderer cannot disagree about what a body contains. Either problems or the rendered body.
 */
export function compileBody(body: string, ownCode: string, catalogs: BodyCatalogs): { problems: BodyProblem[]; rendered?: RenderedBody } {
  const tooBig = checkBodySize(body);
  if (tooBig.length) return { problems: tooBig };
  const parsed = parseBody(body);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const problems = [...checkBodyTree(parsed.tree, catalogs), ...checkBodySections(bodyHeadings(parsed.tree)).map((message) => ({ message }))];
  return problems.length ? { problems } : { problems, rendered: renderBody(parsed.tree, ownCode, catalogs) };
}

/** Every code a checked body names, in its prose and its components, other than the page's own. */
export function namedCodes(tree: Root, ownCode: string): string[] {
  markCodeMentions(tree, ownCode);
  const codes: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'codeMention') codes.push(node.value);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') codes.push(...componentCodes(node).filter((c) => c !== ownCode));
  });
  return codes;
}
