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

/** A site path as a full URL on the published origin, for exports read outside the site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
