import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** A code page is a few screens of prose; anything near this size is a mistake or an attack. */
export const MAX_BODY_BYTES = 100_000;

/** Link targets a reader can follow safely: site paths, fragments and web or mail addresses. */
const SAFE_URL = /^(?:[/#?.]|https?:|mailto:)|^[^:]*$/i;

/**
 * MDX bodies are compiled as code: expressions run at build time, imports load modules and raw
 * elements (<script>, on* handlers) reach the page unescaped. Code pages are plain Markdown, so
 * anything beyond it is refused before the body is rendered. `firstLine` is the body's line in its
 * file, so messages point at the line an author sees.
 */
export function checkBodySafety(body: string, firstLine = 1): string[] {
  const size = Buffer.byteLength(body, 'utf8');
  if (size > MAX_BODY_BYTES) return [`is ${size} bytes; the limit is ${MAX_BODY_BYTES} (split or shorten the text)`];

  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    return [`is not valid MDX: ${(error as Error).message}`];
  }

  const problems: string[] = [];
  visit(tree, (node) => {
    const at = `at line ${(node.position?.start.line ?? 1) + firstLine - 1}`;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(`${at} has an import or export; code pages are plain Markdown`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`${at} has a {…} expression, which would run at build time; write the text, or escape the brace as \\{`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(`${at} has a raw <${node.name ?? ''}> element; code pages are plain Markdown`);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!SAFE_URL.test(node.url.trim())) problems.push(`${at} links to "${node.url}", which is not a web address`);
        break;
    }
  });
  return problems;
}
