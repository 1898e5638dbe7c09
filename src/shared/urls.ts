/**
 * Every public URL the site publishes is built here, so the link contract (which trainers paste
 * into course material) lives in one file. Each helper returns its route through withBase(), so
 * a site published under a sub-path (base_path in site.config.yaml) gets it everywhere.
 */
import { EDITION_YEAR } from './dates.ts';
import { HANDOUT_PARAMS } from './handout.ts';

/**
 * The environment variable through which Node code (the build, build steps, test workers) learns
 * the resolved base path: astro.config.mjs and the test set-up set it. Not BASE_PATH itself, which
 * is the user's override and would leak into the builds a process starts (fixtures, benchmark).
 */
export const RESOLVED_BASE_PATH = 'CPT_RESOLVED_BASE_PATH';

/**
 * The path the site is published under: "/" or e.g. "/coding/cpt/". Browser code has no process
 * and gets Astro's `base` from Vite.
 */
export function basePath(): string {
  return globalThis.process?.env[RESOLVED_BASE_PATH] || import.meta.env?.BASE_URL || '/';
}

/** A site route ("/codes/37249/") as the public path a browser asks for, base path included. */
export function withBase(route: string): string {
  if (!route.startsWith('/')) throw new Error(`withBase: route "${route}" must start with "/"`);
  return `${basePath().replace(/\/$/, '')}${route}`;
}

/** The route of a public path, the inverse of withBase(); throws for a path outside the site. */
export function routeOf(publicPath: string): string {
  const base = basePath();
  if (!publicPath.startsWith(base)) throw new Error(`"${publicPath}" is not under the site's base path "${base}"`);
  return `/${publicPath.slice(base.length)}`;
}

/**
 * The file in the build output (`outDir`, e.g. dist/) that serves a public path: output files
 * are laid out by route, without the base path. A path ending in "/" is its folder's index.html.
 */
export function outputFile(outDir: string, publicPath: string): string {
  const route = routeOf(publicPath.split(/[?#]/)[0]!);
  return `${outDir.replace(/\/$/, '')}${route.endsWith('/') ? `${route}index.html` : route}`;
}

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

/** The search page parameter that carries the query (the search forms' input name too). */
export const SEARCH_QUERY_PARAM = 'q';

/** The search page parameter that names a kept edition to search instead of the live pages. */
export const SEARCH_EDITION_PARAM = 'edition';

/**
 * A search page link carries its query, filters and edition (a kept edition's year; none for the
 * live pages), so a pasted link reopens the same results.
 */
export function searchUrl(query = '', filters: Record<string, string> = {}, edition: number | null = null): string {
  const params = new URLSearchParams();
  if (query) params.set(SEARCH_QUERY_PARAM, query);
  if (edition !== null) params.set(SEARCH_EDITION_PARAM, String(edition));
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return withBase(search ? `/search/?${search}` : '/search/');
}

/** The query parameter that carries searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A result link that highlights the searched words on the page it opens. */
export function highlightUrl(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt < 0 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** Where the build writes the Pagefind index and its scripts. */
export function pagefindBaseUrl(): string {
  return withBase('/pagefind/');
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

/** The compare page parameter that carries the compared codes, comma-separated. */
export const COMPARE_CODES_PARAM = 'codes';

/**
 * Codes side by side, e.g. /compare/?codes=37248,37249. Commas stay literal (codes never hold one),
 * so the address reads as trainers write it.
 */
export function compareUrl(...codes: string[]): string {
  return withBase(`/compare/?${COMPARE_CODES_PARAM}=${codes.map(encodeURIComponent).join(',')}`);
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

/**
 * Shared links always use the configured origin (`site` in astro.config.mjs, from
 * site.config.yaml), never the host that served them. `publicPath` already holds the base path.
 */
export function absoluteUrl(publicPath: string, site: URL | string): string {
  return new URL(publicPath, site).href;
}

/** One shard of the code directory the search box answers code queries from. */
export function codeDirectoryUrl(shard: string): string {
  return withBase(`/search/codes/${shard}.json`);
}

/** One shard of the word index the search box shows its first word suggestions from. */
export function wordSuggestionsUrl(shard: string): string {
  return withBase(`/search/word-suggestions/${shard}.json`);
}

export function glossaryUrl(): string {
  return withBase('/glossary/');
}

/** A term's permanent anchor on the glossary page, e.g. /glossary/#rsi. */
export function glossaryTermUrl(termId: string): string {
  return `${glossaryUrl()}#${termId}`;
}

/** What a word search needs besides Pagefind: glossary forms and the names ranking knows. */
export function searchVocabularyUrl(): string {
  return withBase('/search/vocabulary.json');
}

/** Every indexed word, downloaded only when a query finds nothing, to suggest spellings from. */
export function searchWordsUrl(): string {
  return withBase('/search/words.json');
}

/** A code's page as kept in an edition (content/editions/<year>/): it never changes. */
export function pinnedCodeUrl(year: number | string, code: string): string {
  return withBase(`/editions/${year}/codes/${code}/`);
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
 * The QR code printed on a code page (live or pinned: codeUrl() or pinnedCodeUrl()), an SVG file
 * beside the page that encodes its printed short address (src/qr/). Only print shows it.
 */
export function printQrUrl(pageUrl: string): string {
  if (!pageUrl.endsWith('/')) throw new Error(`printQrUrl: "${pageUrl}" is not a page's folder address`);
  return `${pageUrl}qr.svg`;
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

/** Where the build writes a kept edition's own search index (the live one is pagefindBaseUrl()). */
export function editionPagefindUrl(year: number | string): string {
  return withBase(`/editions/${year}/pagefind/`);
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

/** The handout builder; `query` (from handoutQuery() in handout.ts) is the handout itself. */
export function handoutUrl(query = ''): string {
  return withBase(`/handout/${query}`);
}

/** "Add to handout" on a code page: the builder appends the code to the handout the reader is building. */
export function addToHandoutUrl(code: string): string {
  return handoutUrl(`?${new URLSearchParams({ [HANDOUT_PARAMS.add]: code })}`);
}
