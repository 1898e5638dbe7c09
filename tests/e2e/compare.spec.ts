import { expect, test, type Page } from '../support/test';
import { COMPARE_CODES_PARAM, codeListUrl, codeUrl, compareUrl, withBase } from '../../src/shared/urls';

const table = (page: Page) => page.getByRole('table', { name: /side by side/ });
/** The compared codes' column headers (the billing overview's own example tables have headers too). */
const codeColumns = (page: Page) => table(page).locator(':scope > thead > tr > th');
/** A row's header, by the row's key. */
const rowHeader = (page: Page, key: string) => table(page).locator(`:scope > tbody > tr[data-compare-row="${key}"] > th`);

test('two codes side by side, the rows where they differ marked in words', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(compareUrl('37248', '37249'));
  await expect(table(page)).toBeVisible();
  await expect(codeColumns(page)).toHaveText([/^37248/, /^37249/]);
  await expect(page).toHaveTitle(/^Compare 37248, 37249 \|/);

  // 37249 is an add-on code reported with 37248; 37248 is not. Both are in the same family.
  await expect(rowHeader(page, 'addOn')).toContainText('Differs');
  await expect(rowHeader(page, 'reportWith')).toContainText('Differs');
  await expect(rowHeader(page, 'family')).not.toContainText('Differs');
  const addOnRow = page.locator('tr[data-compare-row="addOn"] td');
  await expect(addOnRow).toHaveText(['No', /^Yes/]);
  await expect(page.locator('tr[data-compare-row="reportWith"] td').nth(1).getByRole('link', { name: '37248' })).toHaveAttribute('href', codeUrl('37248'));
  // What is counted and what is bundled, from the code page's own billing overview.
  await expect(page.locator('tr[data-compare-row="billing-overview"] > td').nth(1)).toContainText('What is bundled');
  await expect(table(page).locator(':scope > tbody > tr > th')).toContainText([
    'What it reports',
    'Add-on code',
    'Code family',
    'Service type',
    'Report with',
    'Add-on codes',
    'Sites of service',
    'Payers reviewed',
    'Billing overview',
    'Modifiers',
    'History',
  ]);

  const differing = await table(page).locator(':scope > tbody > tr[data-differs]').count();
  const rows = await table(page).locator(':scope > tbody > tr').count();
  await expect(page.locator('[data-compare-status]')).toHaveText(`${differing} of ${rows} rows differ; each is marked “Differs”.`);

  await codeColumns(page).getByRole('link', { name: '37249' }).click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl('37249')}$`));
});

/** Each bad address, the message it must show, and the way on it offers. */
const BAD_ADDRESSES = [
  { name: 'no codes', search: '', message: 'No codes to compare', suggestion: undefined },
  { name: 'one code', search: '37249', message: 'Only one code, 37249', suggestion: undefined },
  { name: 'five codes', search: '37244,37248,37249,37253,37257', message: '5 codes were given', suggestion: '37244, 37248, 37249, 37253' },
  { name: 'the same code twice', search: '37249,37249', message: 'The same code was given more than once (37249)', suggestion: undefined },
  { name: 'a code repeated among others', search: '37248,37249,37248', message: 'more than once (37248)', suggestion: '37248, 37249' },
  { name: 'not a code', search: '37249,vein', message: 'Not a CPT code: “vein”', suggestion: undefined },
  { name: 'an unknown code', search: '37249,99999', message: 'Code 99999 has no page on this site', suggestion: undefined },
];

test('every bad address gets a clear message and a way on, never an empty table', { tag: '@base-path' }, async ({ page }) => {
  for (const { name, search, message, suggestion } of BAD_ADDRESSES) {
    await page.goto(withBase(search ? `/compare/?${COMPARE_CODES_PARAM}=${search}` : '/compare/'));
    await expect(page.getByRole('alert'), name).toContainText(message);
    await expect(table(page), name).toHaveCount(0);
    const instead = page.getByRole('alert').getByRole('link', { name: suggestion ?? 'none' });
    await expect(instead, name).toHaveCount(suggestion ? 1 : 0);
  }
  // The last suggestion followed: the repeated code dropped, the comparison shown.
  await page.goto(withBase(`/compare/?${COMPARE_CODES_PARAM}=37248,37249,37248`));
  await page.getByRole('alert').getByRole('link', { name: '37248, 37249' }).click();
  await expect(codeColumns(page)).toHaveText([/^37248/, /^37249/]);
});

test('a code page offers "Compare with" its related codes and family members', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(codeUrl('37249'));
  const compareWith = page.locator('[data-compare-with]');
  await expect(compareWith.getByRole('link', { name: 'Compare 37249 with 37248' })).toHaveAttribute('href', compareUrl('37249', '37248'));
  await compareWith.getByRole('link', { name: 'Compare 37249 with 37248' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?${COMPARE_CODES_PARAM}=37249,37248$`));
  await expect(codeColumns(page)).toHaveText([/^37249/, /^37248/]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what it needs and links to the codes', async ({ page }) => {
    await page.goto(compareUrl('37248', '37249'));
    const notice = page.locator('[data-compare-no-script]');
    await expect(notice).toContainText('This page needs JavaScript');
    await expect(notice.getByRole('link', { name: 'the list of all codes' })).toHaveAttribute('href', codeListUrl());
  });
});

test('the comparison prints readably: every column on the page, the marks in words, no site chrome', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(compareUrl('37244', '37248', '37249', '37253'));
  await expect(table(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo').locator('[data-theme-switch]')).toBeHidden();
  await expect(rowHeader(page, 'addOn')).toContainText('Differs');
  // Nothing cut off at the right edge: the widest column ends inside the page.
  const right = await table(page).evaluate((t) => t.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(800);
  for (const column of await codeColumns(page).all()) await expect(column).toBeVisible();
  await expect(codeColumns(page)).toHaveCount(4);
});
