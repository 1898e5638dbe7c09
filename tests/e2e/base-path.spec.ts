import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '../support/test';
import { contentCodes } from '../support/content';
import { htmlElements, type Element } from '../support/html';
import { headerSearch, suggestions } from '../support/search';
import { builtPages } from '../support/site';
import { basePath, codeUrl, searchUrl, withBase } from '../../src/shared/urls';

// Runs in the subpath project (/coding/cpt/): every address the build writes or the scripts fetch
// must carry the base path.

/** Addresses an element points at: links, sources, srcset candidates, form actions, meta refresh, our forwarding target. */
function addressesOf(element: Element): string[] {
  const a = element.attribs;
  const found = [a['href'], a['src'], a['action'], a['data-redirect-to']];
  if (a['srcset']) found.push(...a['srcset'].split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
  if (element.name === 'meta' && a['http-equiv']?.toLowerCase() === 'refresh') found.push(/url=(.*)$/i.exec(a['content'] ?? '')?.[1]);
  return found.filter((value): value is string => !!value);
}

/** True when `address`, read on the page at `pageUrl`, is on one of `origins` but outside the base path. */
function leavesBase(address: string, pageUrl: URL, origins: readonly string[]): boolean {
  const url = new URL(address, pageUrl);
  return origins.includes(url.origin) && !url.pathname.startsWith(basePath());
}

test('no address written into a built page leaves the base path', { tag: '@base-path' }, async ({ site, distDir, baseURL }) => {
  const origins = [new URL(baseURL!).origin, new URL(site.url).origin];
  const escapes: string[] = [];
  let checked = 0;
  for (const page of builtPages(distDir)) {
    const pageUrl = new URL(withBase(page.path), baseURL);
    for (const element of htmlElements(readFileSync(page.file, 'utf8'))) {
      for (const address of addressesOf(element)) {
        checked++;
        if (leavesBase(address, pageUrl, origins)) escapes.push(`${page.path}: <${element.name}> ${address}`);
      }
    }
  }
  expect(escapes).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

/** Every URL the page asks the network for, from now on. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

test('every file the pages and the search code fetch is below the base path', { tag: '@base-path' }, async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const fetched = requests(page);
  const [code] = contentCodes();
  const word = code!.title.split(/\W+/).find((w) => w.length >= 6)!.toLowerCase();

  await page.goto(codeUrl(code!.code));
  await headerSearch(page).click();
  await page.keyboard.type(code!.code);
  await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('href', new RegExp(`^${codeUrl(code!.code)}`));
  await headerSearch(page).fill(word);
  await expect(suggestions(page).getByRole('option').first()).toBeVisible();

  await page.goto(searchUrl(word));
  const result = page.locator('[data-search-results] a').first();
  await expect(result).toHaveAttribute('href', new RegExp(`^${basePath()}`));
  await result.click();
  await expect(page.locator('mark').first()).toBeVisible();

  await page.goto(withBase(`/cpt-${code!.code}.html`));
  await expect(page.getByRole('link', { name: `Go to the page for CPT ${code!.code}` })).toHaveAttribute('href', codeUrl(code!.code));

  // Chromium asks for /favicon.ico on its own; that request is the browser's, not the site's.
  const ours = fetched.filter((url) => !url.endsWith('/favicon.ico'));
  expect(ours.filter((url) => new URL(url).origin !== origin || !new URL(url).pathname.startsWith(basePath()))).toEqual([]);
  expect(ours.some((url) => url.includes('/pagefind/'))).toBe(true);
  expect(ours.some((url) => url.includes('/search/codes/'))).toBe(true);
});
