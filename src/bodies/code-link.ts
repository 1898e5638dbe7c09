import type { Element } from 'hast';
import { codeUrl } from '../shared/urls';

/**
 * How a code named on a page is shown, in body prose as in the page's own lists
 * (src/components/common/CodeLink.astro): a link to its page, or the bare code marked "no page yet" so no
 * link is ever broken. A link carries data-code-link, so print shows it as the plain code
 * (src/styles/print.css).
 */
export const CODE_LINK_CLASS = 'font-mono font-semibold';
export const NO_PAGE_CLASS = 'font-sans text-sm font-normal text-ink-muted dark:text-ink-muted-dark';
export const NO_PAGE_YET = 'no page yet';

export function codeLinkHast(code: string, hasPage: boolean): Element {
  return hasPage
    ? { type: 'element', tagName: 'a', properties: { href: codeUrl(code), className: [CODE_LINK_CLASS], dataCodeLink: true }, children: [{ type: 'text', value: code }] }
    : {
        type: 'element',
        tagName: 'span',
        properties: { className: [CODE_LINK_CLASS], dataNoPage: true },
        children: [
          { type: 'text', value: `${code} ` },
          { type: 'element', tagName: 'span', properties: { className: [NO_PAGE_CLASS] }, children: [{ type: 'text', value: `(${NO_PAGE_YET})` }] },
        ],
      };
}
