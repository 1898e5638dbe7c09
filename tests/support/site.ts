import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content';

export const DIST = join(ROOT, 'dist');

export interface BuiltPage {
  /** The route of the page, e.g. /codes/37249/ or /404.html; withBase() gives the path a visitor uses. */
  path: string;
  file: string;
  type: string;
}

/** Page types by URL; a page that matches none is its own type, so new routes are never skipped. */
const PAGE_TYPES: [type: string, pattern: RegExp][] = [
  ['home', /^\/$/],
  ['code list', /^\/codes\/$/],
  ['family', /^\/codes\/families\/[^/]+\/$/],
  ['code', /^\/codes\/[^/]+\/$/],
  ['modifier list', /^\/modifiers\/$/],
  ['modifier', /^\/modifiers\/[^/]+\/$/],
  ['search', /^\/search\/$/],
  ['glossary', /^\/glossary\/$/],
  ['practice', /^\/practice\/$/],
  ['practice family', /^\/practice\/[^/]+\/(\d+\/)?$/],
  ['handout', /^\/handout\/$/],
  ['edition list', /^\/editions\/$/],
  ['edition', /^\/editions\/\d{4}\/$/],
  ['pinned code', /^\/editions\/\d{4}\/codes\/[^/]+\/$/],
  ['404', /^\/404\.html$/],
  ['compare', /^\/compare\/$/],
  ['embed', /^\/embed\/[^/]+\/$/],
];

/** A page that only sends the browser elsewhere (Astro writes these for `redirects`). */
const REDIRECT = /<meta http-equiv="refresh"/i;

export function pageType(path: string, html: string): string {
  if (REDIRECT.test(html)) return 'redirect';
  return PAGE_TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? path;
}

/** Every HTML page of a built site (dist/ unless told), read from disk so pages added later are covered. */
export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run "npm run build" (and "npm run build:subpath") first`);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const path = `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
      const file = join(dist, f);
      return { path, file, type: pageType(path, readFileSync(file, 'utf8')) };
    });
}

export const readPage = (page: BuiltPage) => readFileSync(page.file, 'utf8');

/** Pages a person reads, as opposed to redirect stubs a browser leaves at once. */
export const readingPages = () => builtPages().filter((p) => p.type !== 'redirect');

/** Up to `perType` reading pages of each type (first, last, then the rest), to keep browser runs short. */
export function samplePages(perType: number): BuiltPage[] {
  const byType = Map.groupBy(readingPages(), (p) => p.type);
  return [...byType.values()].flatMap((pages) => [...new Set([pages[0]!, pages.at(-1)!, ...pages])].slice(0, perType));
}
