import { join } from 'node:path';
import { expect, test } from '../support/test';
import { ROOT } from '../support/content';
import { keptEditions } from '../support/editions';
import { handoutPartText, pageSectionText, sheet, shownCodes } from '../support/handout';
import { EDITIONS_SITE } from '../../scripts/build/editions-site.mjs';
import { codeUrl, handoutUrl, pinnedCodeUrl } from '../../src/shared/urls';
import { CURRENT_EDITION, HANDOUT_PARAMS } from '../../src/shared/handout';

// The fixture edition (tests/fixtures/editions-site) words 37249's billing overview differently from the live page.
const edition = keptEditions(join(ROOT, EDITIONS_SITE.dir)).find((e) => e.year === EDITIONS_SITE.year)!;
const missing = ['37244', '37253', '37257'].find((code) => !edition.codes.includes(code))!;

test('a handout shows the chosen edition\'s pages, names a code that edition lacks, and switches to the current pages', async ({ page }) => {
  const kept = await pageSectionText(page, pinnedCodeUrl(edition.year, '37249'), 'billing-overview');
  const live = await pageSectionText(page, codeUrl('37249'), 'billing-overview');
  expect(kept).not.toBe(live);

  await page.goto(handoutUrl(`?${HANDOUT_PARAMS.codes}=37249,${missing}&${HANDOUT_PARAMS.sections}=billing-overview&${HANDOUT_PARAMS.edition}=${edition.year}`));
  const part = shownCodes(page).first().locator('[data-handout-section="billing-overview"]');
  await expect(shownCodes(page)).toHaveCount(1);
  expect(await handoutPartText(part)).toBe(kept);
  await expect(sheet(page).locator('[data-handout-edition]')).toContainText(`${edition.year} edition`);
  await expect(page.locator('[data-handout-problems] li')).toHaveText([`${missing} is not in the ${edition.year} edition; it was left out.`]);
  await expect(shownCodes(page).first().locator('[data-print-source]')).toContainText(pinnedCodeUrl(edition.year, '37249'));

  await page.getByLabel('Edition').selectOption(CURRENT_EDITION);
  await expect(shownCodes(page)).toHaveCount(2);
  await expect.poll(() => handoutPartText(part)).toBe(live);
  await expect(page.locator('[data-handout-problems] li')).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.searchParams.get(HANDOUT_PARAMS.edition) === CURRENT_EDITION);
});
