import { codeUrl } from '../shared/urls';
import { getOwnPages } from './same-as-live';
import type { KeptEdition } from './kept-editions';

/**
 * What a pinned address that forwards to its live page says and links to (src/layouts/Redirect.astro's
 * props). It names no year, so the page is the same for each edition that keeps the code: the build
 * writes it once and links it at the other editions' addresses (src/editions/kept-forwards.ts).
 */
export function pinnedForwardProps(code: string) {
  return {
    to: codeUrl(code),
    label: `CPT ${code}`,
    title: `CPT ${code} (kept edition)`,
    lead: 'The page of a kept edition at this address reads exactly as the current page, so it forwards there:',
  };
}

export type PinnedForward = ReturnType<typeof pinnedForwardProps>;

/**
 * The pinned addresses that forward, as routes: `astro build` writes them from one rendered page
 * after the build (src/editions/kept-forwards.ts), a step the dev server does not run, so there the
 * pinned route renders each one itself and an editor following a pinned link lands on the live page.
 */
export async function forwardingPinnedPages(editions: readonly KeptEdition[]): Promise<{ year: number; code: string; forward: PinnedForward }[]> {
  const own = await getOwnPages();
  return editions.flatMap((edition) =>
    [...edition.codes.keys()].filter((code) => !own.get(edition.year)!.has(code)).map((code) => ({ year: edition.year, code, forward: pinnedForwardProps(code) })),
  );
}
