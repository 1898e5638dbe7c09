import { expect, test } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { codeListUrl, codeUrl, familyUrl, homeUrl, modifierListUrl, withBase } from '../../src/shared/urls';

const codes = contentCodes();
const families = contentData<{ name: string }>('families');

test('home explains the site, offers search and lists every family', async ({ page }) => {
  await page.goto(homeUrl());
  await expect(page.locator('h1')).toHaveText('CPT Reference');
  await expect(page.getByRole('search').first()).toBeVisible();
  const browse = page.locator('section[aria-labelledby="browse"]');
  for (const family of new Set(codes.map((c) => c.family))) {
    await expect(browse.getByRole('link', { name: families[family]!.name })).toBeVisible();
  }
  const first = codes[0]!;
  await browse.getByRole('list', { name: `Codes in ${families[first.family]!.name}` }).getByRole('link', { name: first.code, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl(first.code)}$`));
});

test('the code list has every code once, grouped by family, in code order', async ({ page }) => {
  await page.goto(codeListUrl());
  const listed = await page.locator('[data-code-table] tbody th a').allTextContents();
  expect([...listed].sort()).toEqual(codes.map((c) => c.code).sort());
  for (const section of await page.locator('main section').all()) {
    const inFamily = await section.locator('tbody th a').allTextContents();
    expect(inFamily).toEqual([...inFamily].sort());
  }
  const row = page.locator('tr', { has: page.getByRole('link', { name: codes[0]!.code, exact: true }) });
  await expect(row).toContainText(codes[0]!.title);
  await expect(row).toContainText(codes[0]!.addOn ? 'Yes' : 'No');
});

test('a family page lists its codes in order and links back to the list', async ({ page }) => {
  const family = codes[0]!.family;
  await page.goto(familyUrl(family));
  await expect(page.locator('h1')).toHaveText(families[family]!.name);
  const listed = await page.locator('[data-code-table] tbody th a').allTextContents();
  expect(listed).toEqual(codes.filter((c) => c.family === family).map((c) => c.code));
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/', '/codes/', ...codes.map((c) => `/codes/${c.code}/`)]) {
    test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(withBase(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('modifier rows stack into full-width cards, each cell labelled, headers kept for screen readers', async ({ page }) => {
    const c = codes.find((x) => (x.modifiers ?? []).length > 0)!;
    await page.goto(codeUrl(c.code));
    const table = page.locator('[data-modifier-table]');
    const width = (await table.boundingBox())!.width;
    for (const cell of await table.locator('tbody tr > *').all()) {
      expect((await cell.boundingBox())!.width).toBeGreaterThan(width * 0.9);
    }
    const labels = table.locator('tbody tr').first().locator('[data-cell-label]');
    await expect(labels).toHaveText(['Description', `When to use with ${c.code}`]);
    await expect(labels.first()).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Modifier', 'Description', `When to use with ${c.code}`]);
  });
});

test('on a wide screen the modifier table keeps its columns and hides the per-cell labels', async ({ page }) => {
  const c = codes.find((x) => (x.modifiers ?? []).length > 0)!;
  await page.goto(codeUrl(c.code));
  const table = page.locator('[data-modifier-table]');
  await expect(table.locator('thead')).toBeVisible();
  await expect(table.locator('[data-cell-label]').first()).toBeHidden();
  const [header, description] = await table.locator('tbody tr').first().locator('> *').all();
  expect((await description!.boundingBox())!.x).toBeGreaterThan((await header!.boundingBox())!.x);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a code page shows its full text, table and navigation', async ({ page }) => {
    const c = codes.find((x) => (x.modifiers ?? []).length > 0)!;
    await page.goto(codeUrl(c.code));
    await expect(page.locator('h1')).toContainText(c.code);
    await expect(page.locator('#clinical-scenario')).toBeVisible();
    await expect(page.locator('[data-modifier-table]')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  });
});

test('light and dark themes follow the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(codeUrl(codes[0]!.code));
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
});

test('the site navigation reaches the code list and the modifier index from any page', async ({ page }) => {
  await page.goto(codeUrl(codes[0]!.code));
  const nav = page.getByRole('navigation', { name: 'Site' });
  await nav.getByRole('link', { name: 'Modifiers' }).click();
  await expect(page).toHaveURL(new RegExp(`${modifierListUrl()}$`));
  await expect(page.locator('h1')).toContainText('Modifiers');
  await nav.getByRole('link', { name: 'All codes' }).click();
  await expect(page).toHaveURL(new RegExp(`${codeListUrl()}$`));
});
