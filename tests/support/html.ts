import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export type { Element };

/** Every element of an HTML document, parsed the way a browser's tokenizer would. */
export function htmlElements(html: string): Element[] {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

export const textOf = (element: Element) => DomUtils.textContent(element);
