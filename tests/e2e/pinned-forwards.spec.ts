import { join } from 'node:path';
import { expect, test, type Page } from '../support/test';
import { ROOT } from '../support/content';
import { keptEditions } from '../support/editions';
import { handoutPartText, pageSectionText, shownCodes } from '../support/handout';
import { watchForErrors } from '../support/search';
import { EDITIONS_SITE } from '../../scripts/build/editions-site.mjs';
import { codeUrl, handoutUrl, keptDifferencesUrl, pinnedCodeUrl, printQrUrl, searchUrl, shortPinnedUrl } from '../../src/shared/urls';
import { HANDOUT_PARAMS } from '../../src/shared/handout';

// The editions site keeps the project's edition again from its live pages (every code of it reads
// as live and forwards) beside the fixture edition, whose two codes have pages of their own.
const editions = keptEditions(join(ROOT, EDITIONS_SITE.dir));
const forwarding = editions.find((e) => e.year === EDITIONS_SITE.forwardingYear)!;
const own = editions.find((e) => e.year === EDITIONS_SITE.year)!;
const code = '37244';

/** Result links without the words they highlight, once the search page has answered. */
async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('[data-search-summary]')).not.toBeEmpty();
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]!));
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  expect(forwarding.codes).toContain(code);
  expect(own.codes).not.toContain(code);
  errors = watchForErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

test('a kept page that reads as its live page forwards there with its #anchor; a page of its own stays', async ({ page }) => {
  for (const from of [pinnedCodeUrl(forwarding.year, code), shortPinnedUrl(forwarding.year, code)]) {
    await page.goto(`${from}#billing-overview`);
    await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}#billing-overview$`));
    await expect(page.locator('#billing-overview')).toBeInViewport();
    await expect(page.locator('[data-page-edition]')).toHaveText(`Reflects the CPT ${forwarding.year} code set.`);
  }
  await page.goto(`${pinnedCodeUrl(own.year, '37249')}#billing-overview`);
  await expect(page).toHaveURL(new RegExp(`${pinnedCodeUrl(own.year, '37249')}#billing-overview$`));
  await expect(page.locator('[data-page-edition]')).toHaveText(`Reflects the CPT ${own.year} code set, as kept.`);
});

test('an edition whose codes read as live is searched in the live pages and answers with its pinned addresses', async ({ page }) => {
  await page.goto(searchUrl('372', {}, forwarding.year));
  await expect.poll(() => resultLinks(page)).toEqual(forwarding.codes.map((c) => pinnedCodeUrl(forwarding.year, c)));
  // The page goes on loading the filter counts; leaving it mid-request would log Pagefind's error.
  await page.waitForLoadState('networkidle');
  await page.goto(searchUrl('embolization', {}, forwarding.year));
  await expect.poll(() => resultLinks(page)).toContain(pinnedCodeUrl(forwarding.year, code));
  await page.locator('[data-search-results] a', { hasText: code }).first().click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}(\\?[^#]*)?$`));

  // The fixture edition holds two codes, each a page of its own: its code list is those, in code order.
  await page.goto(searchUrl('372', {}, own.year));
  await expect.poll(() => resultLinks(page)).toEqual(own.codes.map((c) => pinnedCodeUrl(own.year, c)));
});

test('a handout of an edition that reads as live shows the live text, asking for no pinned page', async ({ page }) => {
  const live = await pageSectionText(page, codeUrl(code), 'billing-overview');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(handoutUrl(`?${HANDOUT_PARAMS.codes}=${code}&${HANDOUT_PARAMS.edition}=${forwarding.year}&${HANDOUT_PARAMS.sections}=billing-overview`));
  await expect(shownCodes(page)).toHaveCount(1);
  expect(await handoutPartText(shownCodes(page).first().locator('[data-handout-section="billing-overview"]'))).toBe(live);
  // The paper keeps to its edition: the pinned short link, address and QR code, as a page of its own gives.
  const wayBack = shownCodes(page).first().locator('[data-print-source]');
  await expect(wayBack).toContainText(pinnedCodeUrl(forwarding.year, code));
  await expect(wayBack.locator('[data-printed-address]')).toHaveText(new RegExp(`${shortPinnedUrl(forwarding.year, code)}$`));
  await expect(wayBack.locator('img[data-print-qr]')).toHaveAttribute('src', printQrUrl(pinnedCodeUrl(forwarding.year, code)));
  expect(requested).toContain(keptDifferencesUrl(forwarding.year));
  expect(requested.filter((path) => path.startsWith(pinnedCodeUrl(forwarding.year, code)))).toEqual([]);
});
