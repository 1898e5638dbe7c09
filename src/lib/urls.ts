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

export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
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

export function sitemapUrl(): string {
  return '/sitemap.xml';
}

/** Shared links always use the canonical origin (`site` in astro.config.mjs), never the host that served them. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
