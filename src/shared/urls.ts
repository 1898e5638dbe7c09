/**
 * Every public URL the site publishes is built here or in a module this one re-exports
 * (base-path.ts, search/search-urls.ts), so the link contract (which trainers paste into course
 * material) is one import away. Each helper returns its route through withBase(), so
 * a site published under a sub-path (base_path in site.config.yaml) gets it everywhere.
 */
import { EDITION_YEAR } from './dates.ts';
import { HANDOUT_PARAMS } from './handout-params.ts';
import { outputFile, routeOf, withBase } from './base-path.ts';
import { listValue } from './address-lists.ts';

// The base path and the search feature's addresses live in their own modules (page scripts import
// those directly, so a page carries only what it uses); re-exported here for build code.
export * from './base-path.ts';
export * from './search/search-urls.ts';

export function homeUrl(): string {
  return withBase('/');
}

export function codeListUrl(): string {
  return withBase('/codes/');
}

export function codeUrl(code: string): string {
  return withBase(`/codes/${code}/`);
}

export function modifierUrl(modifier: string): string {
  return withBase(`/modifiers/${modifier}/`);
}

export function familyUrl(familyId: string): string {
  return withBase(`/codes/families/${familyId}/`);
}

export function modifierListUrl(): string {
  return withBase('/modifiers/');
}

export function codeListJsonUrl(): string {
  return withBase('/api/codes.json');
}

export function codeJsonUrl(code: string): string {
  return withBase(`/api/codes/${code}.json`);
}

/** The parts of a code's page a default handout shows, and only those (src/export/write-exports.ts). */
export function handoutLeadJsonUrl(code: string): string {
  return withBase(`/api/handout/${code}.json`);
}

/** The compare page parameter that carries the compared codes, comma-separated. */
export const COMPARE_CODES_PARAM = 'codes';

/** Codes side by side, e.g. /compare/?codes=37248,37249, the list as trainers write it. */
export function compareUrl(...codes: string[]): string {
  return withBase(`/compare/?${COMPARE_CODES_PARAM}=${listValue(codes.map(encodeURIComponent))}`);
}

/** One code's rows for the compare page, written at build time from the code page's view. */
export function compareDataUrl(code: string): string {
  return withBase(`/compare/codes/${code}.json`);
}

/** Every code's compare rows in one file: the route the build splits into compareDataUrl() files, then removes. */
export function compareDataListUrl(): string {
  return withBase('/compare/codes.json');
}

/** The short form trainers can type from memory; a static page that forwards to codeUrl(). */
export function shortCodeUrl(code: string): string {
  return withBase(`/${code}/`);
}

/**
 * Where Astro renders the one short-link page that every short link is written from, with
 * SHORT_LINK_CODE in place of the code (see src/hosting/short-links.ts). Never published.
 */
export const SHORT_LINK_TEMPLATE = '/short-link-template/';
export const SHORT_LINK_CODE = '__CODE__';

/**
 * The page a kept code that reads as its live page is written from, with SHORT_LINK_CODE in place
 * (src/editions/kept-forwards.ts). Never published.
 */
export const PINNED_FORWARD_TEMPLATE = '/pinned-forward-template/';

export function faviconUrl(): string {
  return withBase('/favicon.svg');
}

export function sitemapUrl(): string {
  return withBase('/sitemap.xml');
}

/** Where @astrojs/sitemap writes its index; the build copies it to sitemapUrl(). */
export function sitemapIndexUrl(): string {
  return withBase('/sitemap-index.xml');
}

export function glossaryUrl(): string {
  return withBase('/glossary/');
}

/** A term's permanent anchor on the glossary page, e.g. /glossary/#rsi. */
export function glossaryTermUrl(termId: string): string {
  return `${glossaryUrl()}#${termId}`;
}

/** A code's page as kept in an edition (content/editions/<year>/): it never changes. */
export function pinnedCodeUrl(year: number | string, code: string): string {
  return withBase(`/editions/${year}/codes/${code}/`);
}

/**
 * How a kept edition's codes differ from the live pages (src/shared/edition-differences.ts): which
 * have a page of their own, which it lacks. Read by its search and by handouts of it.
 */
export function keptDifferencesUrl(year: number | string): string {
  return withBase(`/editions/${year}/differences.json`);
}

/** The year and code of a pinned page's public path, the inverse of pinnedCodeUrl(); undefined for any other path. */
export function pinnedPageOf(publicPath: string): { year: string; code: string } | undefined {
  const [, year = '', , code = '', ...rest] = routeOf(publicPath).split('/').filter(Boolean);
  return !rest.length && EDITION_YEAR.test(year) && pinnedCodeUrl(year, code) === publicPath ? { year, code } : undefined;
}

/** The output folder (in `outDir`) that holds a kept edition's pages, one folder per code. */
export function keptPagesFolder(outDir: string, year: number | string): string {
  const page = outputFile(outDir, pinnedCodeUrl(year, 'CODE'));
  return page.slice(0, page.lastIndexOf('/CODE/'));
}

/**
 * Codes whose QR codes share one sheet: those whose first QR_SHEET_KEY_LENGTH characters match, so
 * a kept edition of 10,000 codes writes a few hundred sheets, not 10,000 files (issue 24: hosts
 * count files), and printing one page fetches one sheet of about ten codes.
 */
const QR_SHEET_KEY_LENGTH = 3;

/** A code page's public path (codeUrl() or pinnedCodeUrl()) as the folder above its pages' folder, and its code. */
function pageFolderAndCode(pageUrl: string): { folder: string; code: string } {
  const match = /^(.*\/)[^/]+\/([^/]+)\/$/.exec(pageUrl);
  if (!match) throw new Error(`printQrUrl: "${pageUrl}" is not a code page's folder address`);
  return { folder: match[1]!, code: match[2]! };
}

/** The id of a code's view in its QR sheet: what follows the "#" of printQrUrl(). */
export function printQrViewId(code: string): string {
  return `c${code}`;
}

/**
 * The sheet of QR codes (an SVG file in a qr/ folder beside the pages' folder: /qr/372.svg,
 * /editions/2026/qr/372.svg; src/qr/) that holds the QR code of a code page (live or pinned:
 * codeUrl() or pinnedCodeUrl()), which encodes its printed short address.
 */
export function printQrSheetUrl(pageUrl: string): string {
  const { folder, code } = pageFolderAndCode(pageUrl);
  return `${folder}qr/${code.slice(0, QR_SHEET_KEY_LENGTH)}.svg`;
}

/** The QR code printed on a code page: its sheet, and the sheet's view that shows this code alone. Only print shows it. */
export function printQrUrl(pageUrl: string): string {
  return `${printQrSheetUrl(pageUrl)}#${printQrViewId(pageFolderAndCode(pageUrl).code)}`;
}

/** The folder of the embed cards, the only pages other sites may frame (embed_origins in site.config.yaml). */
export function embedsUrl(): string {
  return withBase('/embed/');
}

/** A code as a compact card for a course page's <iframe>: the live page's code, title and lead. */
export function embedUrl(code: string): string {
  return `${embedsUrl()}${code}/`;
}

/**
 * Where Astro renders the one page holding every embed card, which src/embed/write-embed-cards.ts
 * cuts into embedUrl(code) files and then removes. A route (no base path); never published.
 */
export const EMBED_CARD_SHEET = '/embed/card-sheet/';

/** The short form of a pinned page, e.g. /2026/37249/; forwards to pinnedCodeUrl(). */
export function shortPinnedUrl(year: number | string, code: string): string {
  return withBase(`/${year}/${code}/`);
}

/** Every CPT edition the content names, newest first, with what changed in each. */
export function editionsUrl(): string {
  return withBase('/editions/');
}

/** What one edition (a year) added, revised and deleted among the site's codes. */
export function editionUrl(year: number): string {
  return withBase(`/editions/${year}/`);
}

/**
 * The Atom feed of changes. ".atom", not ".xml": servers type files by extension, and nginx and
 * sirv (npm run serve) send application/atom+xml for it, as the common MIME tables do, where
 * ".xml" goes out as text/xml.
 */
export function feedUrl(): string {
  return withBase('/changes.atom');
}

/** The practice page; a set's query string (src/shared/practice/practice-set.ts) narrows and orders it. */
export function practiceUrl(query = ''): string {
  return withBase(`/practice/${query}`);
}

/** A family's practice questions, readable without JavaScript, on pages of QUESTIONS_PER_FAMILY_PAGE (the first is 1). */
export function practiceFamilyUrl(familyId: string, page = 1): string {
  return withBase(`/practice/${familyId}/${page > 1 ? `${page}/` : ''}`);
}

/** One file of the index of every practice question (the first is 1), that the practice page chooses its set from. */
export function practiceIndexUrl(file: number): string {
  return withBase(`/practice/questions-${file}.json`);
}

/** The handout builder; `query` (from handoutQuery() in handout.ts) is the handout itself. */
export function handoutUrl(query = ''): string {
  return withBase(`/handout/${query}`);
}

/** "Add to handout" on a code page: the builder appends the code to the handout the reader is building. */
export function addToHandoutUrl(code: string): string {
  return handoutUrl(`?${new URLSearchParams({ [HANDOUT_PARAMS.add]: code })}`);
}
