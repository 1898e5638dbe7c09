import type { HandoutPage } from './code-sections';
import { CURRENT_EDITION, type HandoutEdition } from '../../shared/handout';
import { SHORT_LINK_CODE, codeUrl, pinnedCodeUrl, printQrUrl, shortCodeUrl, shortPinnedUrl } from '../../shared/urls';

/** Each text of `block` (and its QR code's description) with `from` replaced by `to`. */
function replaceInText(block: HTMLElement, from: string, to: string): void {
  const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) node.textContent = node.textContent!.replaceAll(from, to);
  const qr = block.querySelector('img[data-print-qr]');
  qr?.setAttribute('alt', qr.getAttribute('alt')!.replaceAll(from, to));
}

/**
 * A live page's block for `code`, made from the one the handout page carries for SHORT_LINK_CODE
 * (src/components/handout/HandoutSheet.astro): the lead parts leave it out, as it differs from code
 * to code only by the code. Its QR code's sheet is named by the code's first digits, so it is set anew.
 */
function liveWayBack(code: string): HTMLElement | undefined {
  const template = document.querySelector<HTMLTemplateElement>('template[data-print-source-template]');
  const block = template?.content.firstElementChild?.cloneNode(true);
  if (!(block instanceof HTMLElement)) return undefined;
  block.querySelector('img[data-print-qr]')?.setAttribute('src', printQrUrl(codeUrl(code)));
  replaceInText(block, SHORT_LINK_CODE, code);
  return block;
}

/** The live page's block made the kept edition's: its QR code, printed short link and address name the pinned page. */
function pinnedWayBack(block: HTMLElement, code: string, year: number): HTMLElement {
  block.querySelector('img[data-print-qr]')?.setAttribute('src', printQrUrl(pinnedCodeUrl(year, code)));
  const printed = block.querySelector('[data-printed-address]');
  const short = shortCodeUrl(code);
  if (printed?.textContent?.endsWith(short)) printed.textContent = printed.textContent.slice(0, -short.length) + shortPinnedUrl(year, code);
  for (const text of block.querySelectorAll('p')) {
    for (const node of text.childNodes) if (node.nodeType === Node.TEXT_NODE) node.textContent = node.textContent!.replace(codeUrl(code), pinnedCodeUrl(year, code));
  }
  return block;
}

/**
 * The way back from paper for one code: the code page's own print-only block (its QR code and the
 * printed short address it encodes, src/components/code-page/PrintSource.astro), taken from the
 * fetched page like its sections, or made for the code when the page's parts leave it out (the lead
 * parts). A pinned page's block carries the pinned short link, a live page's the live one. A kept
 * edition's code that reads as its live page is read from the live page, so its block is made to
 * carry the pinned short link: the paper keeps to its edition.
 */
export function wayBack(page: HandoutPage, code: string, edition: HandoutEdition): HTMLElement | undefined {
  const block = page.querySelector<HTMLElement>('[data-print-source]') ?? liveWayBack(code);
  const isLive = block?.querySelector('img[data-print-qr]')?.getAttribute('src') === printQrUrl(codeUrl(code));
  return block && edition !== CURRENT_EDITION && isLive ? pinnedWayBack(block, code, edition) : block;
}
