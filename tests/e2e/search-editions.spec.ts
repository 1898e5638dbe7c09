import { expect, test, type Page } from '../support/test';
import { ROOT, contentCodes } from '../support/content';
import { headerSearch, suggestions, watchForErrors } from '../support/search';
import { keptYears } from '../../src/editions/kept-files';
import { editionDir } from '../../src/editions/edition-manifest';
import { codeUrl, editionPagefindUrl, pagefindBaseUrl, pinnedCodeUrl, searchUrl } from '../../src/shared/urls';

// The newest kept edition. The repository keeps at least one (content/editions/); without it this
// capability would go untested, so the specs fail rather than skip.
const years = keptYears(ROOT);
const year = years.at(-1) ?? 0;
const kept = years.length ? contentCodes(editionDir(year)) : [];
const target = kept.at(-1);
const word = target?.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase() ?? '';
const family = kept[0]?.family ?? '';

const summary = (page: Page) => page.locator('[data-search-summary]');
const query = (page: Page) => page.locator('#search-page-query');
const edition = (page: Page) => page.getByRole('radio', { name: `${year} edition (pinned pages)` });
const current = (page: Page) => page.getByRole('radio', { name: /^Current \(CPT \d{4}\)$/ });

/** Result links without the words they highlight, once the page has answered. */
async function resultLinks(page: Page): Promise<string[]> {
  await expect(summary(page)).not.toBeEmpty();
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!));
}
const pinned = (codes: readonly string[]) => codes.map((code) => pinnedCodeUrl(year, code));

/** Paths of the files the page asks for, from now on. */
function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  expect(years.length, 'content/editions/ keeps no edition: run "npm run edition:freeze -- <year>" and commit it').toBeGreaterThan(0);
  expect(word, `content/editions/${year}/ keeps no code with a title`).not.toBe('');
  errors = watchForErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

test('a kept edition answers a code and words with its pinned pages, and the URL keeps the choice', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(searchUrl());
  await expect(current(page)).toBeChecked();
  await edition(page).check();
  await query(page).fill(target!.code);
  await expect(page).toHaveURL(searchUrl(target!.code, {}, year));
  await expect.poll(async () => (await resultLinks(page))[0]).toBe(pinnedCodeUrl(year, target!.code));

  await query(page).fill(word);
  await expect(page).toHaveURL(searchUrl(word, {}, year));
  await expect.poll(() => resultLinks(page)).toContain(pinnedCodeUrl(year, target!.code));
  expect(pinned(kept.map((c) => c.code))).toEqual(expect.arrayContaining(await resultLinks(page)));

  await page.reload();
  await expect(edition(page)).toBeChecked();
  await expect(query(page)).toHaveValue(word);
  await expect.poll(() => resultLinks(page)).toContain(pinnedCodeUrl(year, target!.code));

  await current(page).check();
  await expect(page).toHaveURL(searchUrl(word));
  await expect.poll(() => resultLinks(page)).toContain(codeUrl(target!.code));
  expect((await resultLinks(page)).filter((link) => pinned(kept.map((c) => c.code)).includes(link))).toEqual([]);
});

test('filters narrow a kept edition to its pinned pages, with counts', async ({ page }) => {
  const inFamily = kept.filter((c) => c.family === family).map((c) => c.code);
  await page.goto(searchUrl('', { family }, year));
  await expect(edition(page)).toBeChecked();
  await expect.poll(async () => [...(await resultLinks(page))].sort()).toEqual(pinned(inFamily).sort());
  await expect(page.locator('label', { has: page.locator(`input[name="family"][value="${family}"]`) })).toContainText(`(${inFamily.length})`);
});

test('"Did you mean" searches the corrected words in the same edition', { tag: '@base-path' }, async ({ page }) => {
  const misspelt = `${word.slice(0, -4)}${word.slice(-3)}`;
  await page.goto(searchUrl(misspelt, {}, year));
  const link = summary(page).getByRole('link', { name: word });
  await expect(link).toHaveAttribute('href', searchUrl(word, {}, year));
  expect(await resultLinks(page)).toContain(pinnedCodeUrl(year, target!.code));
  await link.click();
  await expect(edition(page)).toBeChecked();
  await expect.poll(() => resultLinks(page)).toContain(pinnedCodeUrl(year, target!.code));
});

test('the header box answers from the live pages while the search page searches an edition', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(searchUrl(word, {}, year));
  await expect.poll(() => resultLinks(page)).toContain(pinnedCodeUrl(year, target!.code));
  await headerSearch(page).fill(target!.code);
  await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('href', codeUrl(target!.code));
});

test('the live search never downloads an edition’s index; an edition’s search reads its own pages’ index and the live one', { tag: '@base-path' }, async ({ page }) => {
  const live = pagefindBaseUrl();
  const keptBundle = editionPagefindUrl(year);
  let paths = requestedPaths(page);
  await page.goto(searchUrl(word));
  await expect.poll(() => resultLinks(page)).toContain(codeUrl(target!.code));
  expect(paths.filter((path) => path.startsWith(live)).length).toBeGreaterThan(0);
  expect(paths.filter((path) => path.startsWith(keptBundle))).toEqual([]);

  // The project's kept pages differ from today's, so each is a page of its own in the edition's index;
  // the codes that read as live are found in the live index (tests/e2e/pinned-forwards.spec.ts).
  const fresh = await page.context().newPage();
  const freshErrors = watchForErrors(fresh);
  paths = requestedPaths(fresh);
  await fresh.goto(searchUrl(word, {}, year));
  await expect.poll(() => resultLinks(fresh)).toContain(pinnedCodeUrl(year, target!.code));
  expect(paths.filter((path) => path.startsWith(keptBundle)).length).toBeGreaterThan(0);
  expect(paths.filter((path) => path.startsWith(live)).length).toBeGreaterThan(0);
  expect(freshErrors).toEqual([]);
});

test('a link naming an edition the site does not keep searches the current pages', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(searchUrl(target!.code, {}, 1999));
  await expect(current(page)).toBeChecked();
  await expect(page).toHaveURL(searchUrl(target!.code));
  await expect.poll(async () => (await resultLinks(page))[0]).toBe(codeUrl(target!.code));
});
