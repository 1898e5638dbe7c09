import { codeUrl, pinnedCodeUrl } from '../urls';

/**
 * A live page's result address as a kept edition's search shows it: the code's pinned address,
 * with the part after the page (a section's #anchor) kept. The pinned address forwards to the live
 * page while the two read the same, and shows the edition's own page once they do not, so a link
 * copied from a kept edition's results keeps meaning that edition.
 */
export function pinnedResultUrl(url: string, code: string, year: number): string {
  const live = codeUrl(code);
  return url.startsWith(live) ? pinnedCodeUrl(year, code) + url.slice(live.length) : url;
}
