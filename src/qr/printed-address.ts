/**
 * The address a printed code page carries (and its QR code encodes): the shortest one a reader can
 * type from paper, absolute, with the site's base path. A kept edition's page gets its pinned short
 * link (/2026/37249/), which always shows what the paper was printed from; a live page gets the
 * live short link (/37249/). Both forward to the page (src/hosting/short-links.ts).
 */
import { absoluteUrl, shortCodeUrl, shortPinnedUrl } from '../shared/urls';

/**
 * @param code the code, e.g. "37249"
 * @param site the site's origin (Astro.site, or siteConfig().url)
 * @param year the kept edition's year for a pinned page; undefined for the live page
 */
export function printedAddress(code: string, site: URL | string, year?: number): string {
  return absoluteUrl(year === undefined ? shortCodeUrl(code) : shortPinnedUrl(year, code), site);
}
