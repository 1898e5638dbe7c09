import type { HandoutPage } from './code-sections';

/**
 * The way back from paper for one code: the code page's own print-only block (its QR code and the
 * printed short address it encodes, src/components/code-page/PrintSource.astro), taken from the
 * fetched page like its sections. A pinned page's block carries the pinned short link, a live
 * page's the live one, so the handout's edition decides which the paper gets.
 */
export function wayBack(page: HandoutPage): HTMLElement | undefined {
  return page.querySelector<HTMLElement>('[data-print-source]') ?? undefined;
}
