import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { checkComponent, type BodyCatalogs } from '../user-components/index';

/** A code page is a few screens of prose; anything near this size is a mistake or an attack. */
export const MAX_BODY_BYTES = 100_000;

/** Something an author must fix in a body; `line` counts from the body's first line. */
export interface BodyProblem {
  line?: number | undefined;
  message: string;
}

/** Link targets a reader can follow safely: site paths, fragments and web or mail addresses. */
const SAFE_URL = /^(?:[/#?.]|https?:|mailto:)|^[^:]*$/i;

export function checkBodySize(body: string): BodyProblem[] {
  const size = Buffer.byteLength(body, 'utf8');
  return size > MAX_BODY_BYTES ? [{ message: `is ${size} bytes; the limit is ${MAX_BODY_BYTES} (split or shorten the text)` }] : [];
}

/**
 * MDX bodies are compiled as code: expressions run at build time, imports load modules and raw
 * elements (<script>, on* handlers) reach the page unescaped. A body may hold Markdown and the
 * fixed components of src/user-components/index.ts with literal attributes; anything else is
 * refused, and the renderer (src/bodies/render-body.ts) draws from this same tree.
 */
export function checkBodyTree(tree: Root, catalogs: BodyCatalogs): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node, _index, parent) => {
    const line = node.position?.start.line;
    const say = (message: string) => problems.push({ line, message });
    switch (node.type) {
      case 'mdxjsEsm':
        say('has an import or export; code pages are Markdown with a fixed set of components');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        say('has a {…} expression, which would run at build time; write the text, or escape the brace as \\{');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, catalogs).forEach(say);
        break;
      case 'heading':
        if (parent && parent.type !== 'root') say('has a heading inside a component; headings belong to the page, outside any component');
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!SAFE_URL.test(node.url.trim())) say(`links to "${node.url}", which is not a web address`);
        break;
    }
  });
  return problems;
}
