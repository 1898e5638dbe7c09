import { codeUrl } from '../shared/urls';
import { getOwnPages } from './same-as-live';
import type { KeptEdition } from './kept-editions';

/** What a pinned address that forwards to its live page says and links to (src/layouts/Redirect.astro's props). */
export function pinnedForwardProps(code: string, year: string) {
  return {
    to: codeUrl(code),
    label: `CPT ${code}`,
    title: `CPT ${code} (${year} edition)`,
    lead: `The CPT ${year} edition of this page reads exactly as the current page, so it forwards there:`,
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
    [...edition.codes.keys()].filter((code) => !own.get(edition.year)!.has(code)).map((code) => ({ year: edition.year, code, forward: pinnedForwardProps(code, String(edition.year)) })),
  );
}
