import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/test';
import { codeUrl, glossaryTermUrl } from '../../src/shared/urls';

// 37249 uses a worked example and a tip, 37253 a caution (content/codes/*.mdx).
const EXAMPLE_PAGE = codeUrl('37249');
const CAUTION_PAGE = codeUrl('37253');

const example = (page: Page) => page.getByRole('figure', { name: 'Reporting example' }).filter({ hasText: 'Three peripheral veins' });

test('components render as labelled blocks, link their codes and pass axe in both themes', async ({ page }) => {
  await page.goto(EXAMPLE_PAGE);
  const table = example(page).getByRole('table', { name: 'Codes to report' });
  await expect(table.getByRole('row')).toHaveText([/Code\s*Units\s*What it covers/, /37248\s*1\s*the first vein treated/, /37249\s*2\s*the second/]);
  await expect(page.getByRole('note').filter({ hasText: /^Tip/ })).toContainText('Each unit of 37249 needs a separate vein');
  // A code named in running prose is a link too; the page's own code is not.
  const overview = page.locator('p', { hasText: 'The first vein treated goes to' });
  await expect(overview.getByRole('link', { name: '37248' })).toHaveAttribute('href', codeUrl('37248'));
  await expect(overview.getByRole('link', { name: '37249' })).toHaveCount(0);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('[data-callout]').include('[data-reporting-example]').analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.help}`)).toEqual([]);
  }

  await table.getByRole('link', { name: '37248' }).click();
  await expect(page).toHaveURL(codeUrl('37248'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('37248');

  // <Term> keeps the author's words and leads to the glossary entry they mean.
  const term = page.getByRole('link', { name: 'Contrast imaging' });
  await expect(term).toHaveAttribute('title', 'Venography');
  await term.click();
  await expect(page).toHaveURL(glossaryTermUrl('venography'));
  await expect(page.getByRole('heading', { name: 'Venography' })).toBeInViewport();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a worked example and a caution read in full', async ({ page }) => {
    await page.goto(EXAMPLE_PAGE);
    await expect(example(page)).toContainText('Three peripheral veins');
    await expect(example(page).getByRole('link', { name: '37248' })).toBeVisible();
    await page.goto(CAUTION_PAGE);
    await expect(page.getByRole('note').filter({ hasText: /^Caution/ })).toContainText('37253 applies only to vessels imaged beyond the first');
  });
});

test('in print a component keeps its frame and label, and its code links print as the plain code', async ({ page }) => {
  await page.goto(EXAMPLE_PAGE);
  await page.emulateMedia({ media: 'print' });
  const frame = example(page);
  await expect(frame).toBeVisible();
  await expect(frame.locator('figcaption')).toHaveText('Reporting example');
  const style = await frame.evaluate((el) => {
    const s = getComputedStyle(el);
    return { border: s.borderLeftStyle, color: s.borderLeftColor, background: s.backgroundColor };
  });
  expect(style).toEqual({ border: 'solid', color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' });
  const printedAddress = await frame
    .getByRole('link', { name: '37248' })
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printedAddress).toBe('none');
});
