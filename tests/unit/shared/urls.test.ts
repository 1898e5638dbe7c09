import { afterEach, describe, expect, it, vi } from 'vitest';
import * as urls from '../../../src/shared/urls';
import {
  HIGHLIGHT_PARAM,
  RESOLVED_BASE_PATH,
  absoluteUrl,
  codeJsonUrl,
  codeUrl,
  highlightUrl,
  homeUrl,
  keptPagesFolder,
  outputFile,
  routeOf,
  searchUrl,
  shortCodeUrl,
  withBase,
} from '../../../src/shared/urls';

const SUB_PATH = '/coding/cpt/';

/** Exports that are not route builders: base-path plumbing, and helpers that take a URL rather than make one. */
const NOT_ROUTES = new Set(['basePath', 'withBase', 'routeOf', 'outputFile', 'keptPagesFolder', 'pinnedPageOf', 'absoluteUrl', 'highlightUrl', 'printQrUrl', 'printQrSheetUrl', 'printQrViewId']);
const routeBuilders = Object.entries(urls).filter(
  (entry): entry is [string, (...args: string[]) => string] => typeof entry[1] === 'function' && !NOT_ROUTES.has(entry[0]),
);

afterEach(() => vi.unstubAllEnvs());

describe.each(['/', SUB_PATH])('public paths under base path %s', (base) => {
  it.each(routeBuilders.map(([name, fn]) => [name, fn]))('%s() starts with the base path', (_name, fn) => {
    vi.stubEnv(RESOLVED_BASE_PATH, base);
    const path = fn(...Array.from({ length: fn.length }, () => '37249'));
    expect(path.startsWith(base)).toBe(true);
    expect(path.startsWith(`${base}/`)).toBe(false);
  });

  it('maps a public path to its output file and back, ignoring query and #anchor', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, base);
    expect(outputFile('/srv/dist', codeUrl('37249'))).toBe('/srv/dist/codes/37249/index.html');
    expect(outputFile('/srv/dist/', `${codeJsonUrl('37249')}?x=1`)).toBe('/srv/dist/api/codes/37249.json');
    expect(outputFile('/srv/dist', `${homeUrl()}#top`)).toBe('/srv/dist/index.html');
    expect(routeOf(shortCodeUrl('37249'))).toBe('/37249/');
    expect(keptPagesFolder('/srv/dist', 2026)).toBe('/srv/dist/editions/2026/codes');
  });
});

describe('base path', () => {
  it('adds the sub-path to every route, query included', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, SUB_PATH);
    expect(withBase('/')).toBe(SUB_PATH);
    expect(codeUrl('37249')).toBe('/coding/cpt/codes/37249/');
    expect(searchUrl('vein', { payer: 'medicare' })).toBe('/coding/cpt/search/?q=vein&payer=medicare');
    expect(absoluteUrl(codeUrl('37249'), 'https://intranet.example.org')).toBe('https://intranet.example.org/coding/cpt/codes/37249/');
  });

  it('refuses a path outside the site and a route without its leading slash', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, SUB_PATH);
    expect(() => outputFile('/srv/dist', '/codes/37249/')).toThrow('is not under the site\'s base path "/coding/cpt/"');
    expect(() => withBase('codes/')).toThrow('must start with "/"');
  });
});

describe('short links and absolute URLs', () => {
  it('builds short links and absolute URLs on the canonical origin', () => {
    expect(shortCodeUrl('37249')).toBe('/37249/');
    expect(absoluteUrl('/codes/37249/#overview', 'https://example.org')).toBe('https://example.org/codes/37249/#overview');
  });
});

describe('search URLs', () => {
  it('carry the query and filters', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('balloon vein', { payer: 'aetna', site: '' })).toBe('/search/?q=balloon+vein&payer=aetna');
    expect(new URL(searchUrl('<script>&x', {}), 'http://x').searchParams.get('q')).toBe('<script>&x');
  });
  it('add highlight terms before the fragment', () => {
    expect(highlightUrl('/codes/37249/#overview', ['vein', 'balloon'])).toBe(
      `/codes/37249/?${HIGHLIGHT_PARAM}=vein&${HIGHLIGHT_PARAM}=balloon#overview`,
    );
    expect(highlightUrl('/codes/37249/', [])).toBe('/codes/37249/');
  });
});
