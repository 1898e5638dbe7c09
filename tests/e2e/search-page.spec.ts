import { expect, test, type Page } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { watchForErrors } from '../support/search';
import { codeListUrl, codeUrl, searchUrl } from '../../src/shared/urls';

const codes = contentCodes();
const payers = contentData<{ name: string }>('payers');
const families = contentData<{ name: string }>('families');
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const results = (page: Page) => page.locator('[data-search-results] a');
const resultCodes = async (page: Page) => {
  await expect(page.locator('[data-search-summary]')).not.toBeEmpty();
  return results(page).evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['searchHit']!));
};
const query = (page: Page) => page.locator('#search-page-query');
const filter = (page: Page, key: string, value: string) => page.locator(`input[name="${key}"][value="${value}"]`);

/** A payer that some codes have and others lack, so filtering by it visibly narrows the list. */
const payer = Object.keys(payers).find((p) => {
  const n = codes.filter((c) => c.payers?.includes(p)).length;
  return n > 0 && n < codes.length;
})!;
const family = codes[0]!.family;
const inFamily = codes.filter((c) => c.family === family).map((c) => c.code).sort(byCode);

let errors: string[] = [];
test.describe('with JavaScript', () => {
  test.beforeEach(({ page }) => {
    errors = watchForErrors(page);
  });
  test.afterEach(() => expect(errors).toEqual([]));

  test('a search link opens with its query, filters and results, and changes are written back to the URL', { tag: '@base-path' }, async ({ page }) => {
    const withPayer = codes.filter((c) => c.payers?.includes(payer)).map((c) => c.code).sort(byCode);
    await page.goto(searchUrl('', { payer }));
    await expect(filter(page, 'payer', payer)).toBeChecked();
    await expect.poll(() => resultCodes(page)).toEqual(withPayer);

    await filter(page, 'family', family).check();
    const both = inFamily.filter((c) => withPayer.includes(c));
    await expect(page).toHaveURL(searchUrl('', { family, payer }));
    await expect.poll(() => resultCodes(page)).toEqual(both);

    await page.reload();
    await expect(filter(page, 'family', family)).toBeChecked();
    await expect(filter(page, 'payer', payer)).toBeChecked();
    await expect.poll(() => resultCodes(page)).toEqual(both);
  });

  test('typing on the search page updates results and the URL', { tag: '@base-path' }, async ({ page }) => {
    const target = codes.at(-1)!;
    await page.goto(searchUrl());
    await expect(page.locator('[data-search-summary]')).toContainText('Type a code');
    await query(page).fill(target.code);
    await expect(page).toHaveURL(searchUrl(target.code));
    await expect.poll(async () => (await resultCodes(page))[0]).toBe(target.code);
    await expect(results(page).first()).toHaveAttribute('href', codeUrl(target.code));
  });

  test('filters show how many results each choice would give', async ({ page }) => {
    await page.goto(searchUrl());
    for (const [key, value, expected] of [
      ['family', family, inFamily.length],
      ['payer', payer, codes.filter((c) => c.payers?.includes(payer)).length],
      ['addon', 'yes', codes.filter((c) => c.addOn).length],
    ] as const) {
      const label = page.locator('label', { has: filter(page, key, value) });
      await expect(label).toContainText(`(${expected})`);
    }
    await expect(page.locator('label', { has: filter(page, 'family', family) })).toContainText(families[family]!.name);
    await filter(page, 'family', family).check();
    await expect.poll(() => resultCodes(page)).toEqual(inFamily);
    // Other families still show what switching to them would give, not zero.
    const other = Object.keys(families).find((f) => f !== family && codes.some((c) => c.family === f));
    if (other) {
      const count = codes.filter((c) => c.family === other).length;
      await expect(page.locator('label', { has: filter(page, 'family', other) })).toContainText(`(${count})`);
    }
  });

  test('filter counts follow a word search: each family counts the code results it holds', async ({ page }) => {
    const target = codes.at(-1)!;
    const word = target.title.split(/\W+/).find((w) => w.length >= 6)!.toLowerCase();
    await page.goto(searchUrl(word));
    const found = (await resultCodes(page)).filter(Boolean);
    expect(found).toContain(target.code);
    for (const f of Object.keys(families)) {
      const expected = codes.filter((c) => c.family === f && found.includes(c.code)).length;
      await expect(page.locator('label', { has: filter(page, 'family', f) })).toContainText(`(${expected})`);
    }
  });

  test('on a phone the results come before the filters; on a wide screen the filters sit beside them', async ({ page }) => {
    const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!;
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(searchUrl(codes[0]!.code));
    expect((await top('Results')).y).toBeLessThan((await top('Filters')).y);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect((await top('Filters')).x).toBeLessThan((await top('Results')).x);
    expect(Math.abs((await top('Filters')).y - (await top('Results')).y)).toBeLessThan(4);
  });

  test('a code prefix on the search page lists its codes in code order', async ({ page }) => {
    const prefix = codes[0]!.code.slice(0, 4);
    const expected = codes.map((c) => c.code).filter((c) => c.startsWith(prefix)).sort(byCode);
    await page.goto(searchUrl(prefix));
    await expect.poll(async () => (await resultCodes(page)).slice(0, expected.length)).toEqual(expected);
  });

  test('the no-JavaScript explanation and the Apply button are gone once search runs', async ({ page }) => {
    await page.goto(searchUrl('vein'));
    await expect(page.locator('[data-search-summary]')).not.toBeEmpty();
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden();
  });

  test('a word search links each result with the words to highlight', async ({ page }) => {
    await page.goto(searchUrl('vein'));
    await expect(results(page).first()).toHaveAttribute('href', /\?highlight=vein$/);
  });

  test('words that only the text every code page shares says (data notes) match no page', async ({ page }) => {
    await page.goto(codeUrl(codes[0]!.code));
    await expect(page.getByText('left out rather than estimated')).toBeVisible();
    await page.goto(searchUrl('estimated'));
    await expect(page.locator('[data-search-summary]')).toHaveText('No results for “estimated”.');
  });

  test('a link with filter values the site does not have falls back to "Any"', async ({ page }) => {
    await page.goto(searchUrl(codes[0]!.code, { payer: 'no-such-payer' }));
    await expect(page.locator('input[name="payer"][value=""]')).toBeChecked();
    await expect.poll(async () => (await resultCodes(page))[0]).toBe(codes[0]!.code);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains that search needs JavaScript and links to the code list', { tag: '@base-path' }, async ({ page }) => {
    await page.goto(searchUrl('vein'));
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'code list' }).click();
    await expect(page).toHaveURL(codeListUrl());
  });

  test('the header search and the filters still submit as a plain form', { tag: '@base-path' }, async ({ page }) => {
    await page.goto(codeUrl(codes[0]!.code));
    await page.locator('#site-search').fill('balloon');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=balloon$/);
    await filter(page, 'payer', payer).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]payer=${payer}(&|$)`));
  });
});
