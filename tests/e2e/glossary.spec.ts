import { expect, test } from '../support/test';
import { watchForErrors } from '../support/search';
import { absoluteUrl, codeUrl, glossaryTermUrl, glossaryUrl, searchUrl } from '../../src/shared/urls';

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each glossary term has a permanent anchor and a copy-link control', { tag: '@base-path' }, async ({ page, site }) => {
    const errors = watchForErrors(page);
    await page.goto(glossaryTermUrl('rsi'));
    const heading = page.getByRole('heading', { name: 'Radiological supervision and interpretation' });
    await expect(heading).toHaveAttribute('id', 'rsi');
    await expect(heading).toBeInViewport();
    await expect(page.locator('[data-glossary-entry="rsi"]')).toContainText('RS&I');
    await page.getByRole('button', { name: 'Copy link to the Radiological supervision and interpretation section' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(glossaryTermUrl('rsi'), site.url));
    expect(errors).toEqual([]);
  });

  test('the first use of a term on a code page links, by keyboard, to its definition', { tag: '@base-path' }, async ({ page }) => {
    await page.goto(codeUrl('37249'));
    const terms = page.locator('article [data-glossary-term="rsi"]');
    await expect(terms).toHaveCount(1);
    // An abbreviation is spelled out where it is marked.
    await expect(page.locator('article [data-glossary-term="icd-10"] abbr')).toHaveAttribute('title', 'International Classification of Diseases, 10th revision');
    await terms.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(glossaryTermUrl('rsi'));
  });

  test('search excerpts start with the lead, not the add-on badge', async ({ page }) => {
    await page.goto(searchUrl('additional peripheral vein'));
    const hit = page.locator('[data-search-results] a[data-search-hit="37249"]');
    await expect(hit).toBeVisible();
    await expect(hit).not.toContainText('Add-on code Add-on code');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('term links and the glossary page work as plain HTML', { tag: '@base-path' }, async ({ page }) => {
    await page.goto(codeUrl('37253'));
    const ivus = page.locator('article [data-glossary-term="ivus"]');
    await expect(ivus).toHaveAttribute('href', glossaryTermUrl('ivus'));
    await ivus.click();
    await expect(page).toHaveURL(glossaryTermUrl('ivus'));
    await expect(page.locator('#ivus')).toHaveText('Intravascular ultrasound');
    await expect(page.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', glossaryUrl());
  });
});
