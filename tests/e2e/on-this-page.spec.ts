import { expect, test, type Page } from '../support/test';
import { codeUrl } from '../../src/shared/urls';

const toc = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
const current = (page: Page) => toc(page).locator('a[aria-current="true"]');

test.use({ viewport: { width: 1280, height: 700 } });

test('"On this page" marks the section being read while scrolling, and after following an anchor', async ({ page }) => {
  await page.goto(codeUrl('37249'));
  await expect(toc(page).getByRole('link', { name: 'Overview', exact: true })).toBeVisible();
  await expect(current(page)).toHaveCount(0);

  // Scrolling with the wheel until the clinical scenario's heading is near the top.
  const offset = await page.locator('#clinical-scenario').evaluate((heading) => heading.getBoundingClientRect().top - 40);
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, offset);
  await expect(current(page)).toHaveText('Clinical scenario');

  await toc(page).getByRole('link', { name: 'Modifiers' }).click();
  await expect(current(page)).toHaveText('Modifiers');
  // The last section is short: it can never rise to the reading line, yet it is the one asked for.
  await toc(page).getByRole('link', { name: 'History' }).click();
  await expect(current(page)).toHaveText('History');

  await page.keyboard.press('Home');
  await expect(current(page)).toHaveCount(0);
});

test('a page opened at a section\'s address marks that section', async ({ page }) => {
  await page.goto(`${codeUrl('37249')}#payers`);
  await expect(current(page)).toHaveText('Payers');
  await expect(current(page)).toHaveCount(1);
});
