import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export type { Element };

/** Every element of an HTML document, parsed the way a browser's tokenizer would. */
export function htmlElements(html: string): Element[] {
  return DomUtils.findAll(() => true, parseDocument(html).children);
}

export const textOf = (element: Element) => DomUtils.textContent(element);

/**
 * The text a reader gets from an element: aria-hidden parts are visual duplicates of text shown
 * elsewhere (a breadcrumb separator, a phone-only repeat of a column header), so they are left out;
 * so are `hidden` parts, which only a script shows (the practice page's answer forms).
 */
export function readableTextOf(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'text') return child.data;
      if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') return '';
      return child.attribs['aria-hidden'] === 'true' || 'hidden' in child.attribs ? '' : readableTextOf(child);
    })
    .join('');
}
