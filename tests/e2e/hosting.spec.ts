import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/test';
import { contentCodes } from '../support/content';
import { IMMUTABLE, REVALIDATE, headersFor, parseHeadersFile } from '../../src/hosting/host-config';
import { codeDirectoryUrl, codeUrl, embedUrl, feedUrl, pagefindBaseUrl, shortCodeUrl, withBase } from '../../src/shared/urls';

// What any server of the built site must answer (npm run serve, nginx, and the sub-path build):
// the headers of _headers, the cache rules, the 404 page and the short links.

const code = contentCodes()[0]!.code;
const firstFile = (dir: string) => readdirSync(dir).sort()[0]!;

test('each kind of file gets its headers and cache rule, and an unchanged page costs a 304', { tag: '@base-path' }, async ({ request, distDir }) => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const files = {
    page: codeUrl(code),
    'embed card': embedUrl(code),
    'code directory': codeDirectoryUrl(code.slice(0, 2)),
    'Pagefind entry': `${pagefindBaseUrl()}pagefind.js`,
    'Pagefind fragment': `${pagefindBaseUrl()}fragment/${firstFile(join(distDir, 'pagefind/fragment'))}`,
    'Astro bundle': withBase(`/_astro/${firstFile(join(distDir, '_astro'))}`),
  };
  const cacheOf: Record<string, string> = {};
  for (const [kind, path] of Object.entries(files)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of headersFor(rules, path)) expect(headers[name.toLowerCase()], `${kind}: ${name}`).toBe(value);
    cacheOf[kind] = headers['cache-control']!;
  }
  expect(cacheOf).toEqual({
    page: REVALIDATE,
    'embed card': REVALIDATE,
    'code directory': REVALIDATE,
    'Pagefind entry': REVALIDATE,
    'Pagefind fragment': IMMUTABLE,
    'Astro bundle': IMMUTABLE,
  });

  const etag = (await request.get(files.page)).headers()['etag'];
  expect(etag).toBeTruthy();
  expect((await request.get(files.page, { headers: { 'If-None-Match': etag! } })).status()).toBe(304);
});

// The feed's ".atom" name is what gets it this type from each server, with no rule of ours.
test('the change feed is served as an Atom document', { tag: '@base-path' }, async ({ request }) => {
  const response = await request.get(feedUrl());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml\b/);
});

test('a missing address answers 404 with the site\'s own page and its security headers', { tag: '@base-path' }, async ({ request }) => {
  for (const path of [withBase(`/codes/${code}0/`), withBase('/no-such-page.html')]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('Page not found');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('a short link with a section #anchor opens that section of the code page', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(`${shortCodeUrl(code)}#modifiers`);
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}#modifiers$`));
  await expect(page.locator('#modifiers')).toBeInViewport();
});
