import { join } from 'node:path';
import { expect, test } from '../support/test';
import { ROOT } from '../support/content';
import { keptEditions } from '../support/editions';
import { expectBannerMatchesPages } from '../support/pinned-page';
import { EDITIONS_SITE } from '../../scripts/build/editions-site.mjs';
import { codeUrl, pinnedCodeUrl } from '../../src/shared/urls';

// The fixture edition (tests/fixtures/editions-site): kept before code files had a history, and
// its 37249 page words the billing overview differently and lists fewer modifiers than the live one.
const edition = keptEditions(join(ROOT, EDITIONS_SITE.dir)).find((e) => e.year === EDITIONS_SITE.year)!;

test('the banner names the sections that changed, and links each one on the current page', async ({ page }) => {
  const changed = await expectBannerMatchesPages(page, edition.year, '37249');
  expect(changed).toEqual(expect.arrayContaining(['billing-overview', 'modifiers']));
  const notice = page.locator('[data-changed-sections]');
  await expect(notice.getByRole('link', { name: 'Modifiers' })).toHaveAttribute('href', `${codeUrl('37249')}#modifiers`);
  await notice.getByRole('link', { name: 'Billing overview' }).click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl('37249')}#billing-overview$`));
  await expect(page.locator('#billing-overview')).toBeInViewport();
});

test('every page of the fixture edition says what changed, as the pages show it', async ({ page }) => {
  for (const code of edition.codes) await expectBannerMatchesPages(page, edition.year, code);
});

test('an edition kept before history was recorded still builds, its History section saying the facts are not available', async ({ page }) => {
  await page.goto(pinnedCodeUrl(edition.year, '37248'));
  await expect(page.locator('h2#history')).toHaveText('History');
  await expect(page.locator('[data-history-added]')).toHaveText('The year the code was added is not available in the source documents');
  await expect(page.locator('[data-history-revisions]')).toHaveText('No revisions are given in the source documents');
  await expect(page.locator('[data-page-edition]')).toHaveText(`Reflects the CPT ${edition.year} code set, as kept.`);
});
