import { expect, test, type Page } from '../support/test';
import { codeUrl, homeUrl, pinnedCodeUrl } from '../../src/shared/urls';
import { keptEditions } from '../support/editions';

const recent = (page: Page) => page.getByRole('region', { name: 'Recently viewed codes' });

test('recently viewed codes are listed on the home page, newest first, and can be cleared', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(homeUrl());
  await expect(recent(page)).toBeHidden();

  await page.goto(codeUrl('37248'));
  await page.goto(codeUrl('37249'));
  await page.goto(homeUrl());
  const items = recent(page).getByRole('listitem');
  await expect(items).toHaveText([/^37249 Balloon angioplasty/, /^37248 Balloon angioplasty/]);

  // Opening one from the list moves it to the top.
  await recent(page).getByRole('link', { name: '37248' }).click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl('37248')}$`));
  await page.goBack();
  await page.reload();
  await expect(items).toHaveText([/^37248/, /^37249/]);

  await recent(page).getByRole('button', { name: 'Clear recently viewed codes' }).click();
  await expect(items).toHaveCount(0);
  await expect(recent(page).getByRole('status')).toHaveText('Recently viewed codes cleared.');
  await expect(recent(page).getByRole('heading', { name: 'Recently viewed codes' })).toBeFocused();
  await page.reload();
  await expect(recent(page)).toBeHidden();
});

test('a kept edition\'s page is not recorded: the list links to live pages', async ({ page }) => {
  const [edition] = keptEditions();
  const code = edition!.codes.find((c) => c !== '37249')!;
  await page.goto(pinnedCodeUrl(edition!.year, code));
  await page.goto(codeUrl('37249'));
  await page.goto(homeUrl());
  await expect(recent(page).getByRole('listitem')).toHaveText([/^37249/]);
});
