/**
 * Every public URL the site publishes is built here, so the link contract (which trainers paste
 * into course material) lives in one file.
 */
export const SITE_NAME = 'CPT Reference';

export function homeUrl(): string {
  return '/';
}

export function codeListUrl(): string {
  return '/codes/';
}

export function codeUrl(code: string): string {
  return `/codes/${code}/`;
}

export function sectionUrl(code: string, sectionId: string): string {
  return `${codeUrl(code)}#${sectionId}`;
}

export function modifierUrl(modifier: string): string {
  return `/modifiers/${modifier}/`;
}

export function familyUrl(familyId: string): string {
  return `/codes/families/${familyId}/`;
}

/** A search page link carries its query and filters, so a pasted link reopens the same results. */
export function searchUrl(query = '', filters: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
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
  return '/pagefind/';
}

export function modifierListUrl(): string {
  return '/modifiers/';
}

export function codeListJsonUrl(): string {
  return '/api/codes.json';
}

export function codeJsonUrl(code: string): string {
  return `/api/codes/${code}.json`;
}

/** The short form trainers can type from memory; a static page that forwards to codeUrl(). */
export function shortCodeUrl(code: string): string {
  return `/${code}/`;
}

/**
 * Where Astro renders the one short-link page that every short link is written from, with
 * SHORT_LINK_CODE in place of the code (see src/integrations/short-links.ts). Never published.
 */
export const SHORT_LINK_TEMPLATE = '/short-link-template/';
export const SHORT_LINK_CODE = '__CODE__';

export function faviconUrl(): string {
  return '/favicon.svg';
}

export function sitemapUrl(): string {
  return '/sitemap.xml';
}

/** Shared links always use the canonical origin (`site` in astro.config.mjs), never the host that served them. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** One shard of the code directory the search box answers code queries from. */
export function codeDirectoryUrl(shard: string): string {
  return `/search/codes/${shard}.json`;
}

export function glossaryUrl(): string {
  return '/glossary/';
}

/** A term's permanent anchor on the glossary page, e.g. /glossary/#rsi. */
export function glossaryTermUrl(termId: string): string {
  return `${glossaryUrl()}#${termId}`;
}

/** What a word search needs besides Pagefind: glossary forms and the names ranking knows. */
export function searchVocabularyUrl(): string {
  return '/search/vocabulary.json';
}

/** Every indexed word, downloaded only when a query finds nothing, to suggest spellings from. */
export function searchWordsUrl(): string {
  return '/search/words.json';
}
