import { expect, test } from '../support/test';
import { keptEditions } from '../support/editions';
import { expectBannerMatchesPages } from '../support/pinned-page';
import { siteConfig } from '../../src/site/site-config';
import { longDate } from '../../src/shared/dates';
import { absoluteUrl, codeUrl, pinnedCodeUrl, shortPinnedUrl, sitemapUrl, withBase } from '../../src/shared/urls';

// The project's own kept editions (content/editions/), whatever they are: each test reads them.
const [newest] = keptEditions();
// Read lazily in each test, so a project with no kept edition fails the first test with its message.
const edition = newest ?? { year: 0, keptOn: '', codes: [] };
const code = edition.codes[0] ?? '';
const published = (site: { url: string }, path: string) => absoluteUrl(path, site.url);

test('the project keeps at least one edition', () => {
  expect(newest, 'content/editions/ holds no kept edition; run npm run edition:freeze').toBeTruthy();
});

test('a pinned page opens with a banner naming its edition and linking the current page', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(pinnedCodeUrl(edition.year, code));
  const banner = page.getByRole('note', { name: `CPT ${edition.year} edition` });
  await expect(banner).toContainText(`This is the CPT ${edition.year} edition of the ${code} page, as kept on ${longDate(new Date(`${edition.keptOn}T00:00:00Z`))}.`);
  expect(await banner.evaluate((el) => el.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  await expect(page.locator('[data-page-edition]')).toHaveText(`Reflects the CPT ${edition.year} code set, as kept.`);
  await expect(page.locator('[data-cpt-edition]')).toContainText(`CPT ${edition.year} code set`);
  await banner.getByRole('link', { name: `Read the current ${code} page` }).click();
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code)}$`));
  await expect(page.locator('[data-page-edition]')).toHaveText(`Reflects the CPT ${siteConfig().cpt_edition} code set.`);
});

test('each pinned page says exactly which sections the current page has changed since', async ({ page }) => {
  for (const kept of edition.codes) await expectBannerMatchesPages(page, edition.year, kept);
});

test('the pinned short link forwards to the pinned page and keeps the #anchor', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(`${shortPinnedUrl(edition.year, code)}#billing-overview`);
  await expect(page).toHaveURL(new RegExp(`${pinnedCodeUrl(edition.year, code)}#billing-overview$`));
  await expect(page.locator('#billing-overview')).toBeInViewport();
});

test.describe('copy controls offer the current and the pinned page', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

  for (const from of ['live', 'pinned'] as const) {
    test(`on the ${from} page`, async ({ page, site }) => {
      await page.goto(from === 'live' ? codeUrl(code) : pinnedCodeUrl(edition.year, code));
      const title = (await page.locator('h1 span.block').innerText()).trim();
      await page.getByRole('button', { name: 'Copy link to the current page' }).click();
      expect(await clipboard(page)).toBe(published(site, codeUrl(code)));
      await page.getByRole('button', { name: `Copy link to the ${edition.year} edition` }).click();
      expect(await clipboard(page)).toBe(published(site, pinnedCodeUrl(edition.year, code)));
      await page.getByRole('button', { name: `Copy citation of the ${edition.year} edition for a handout` }).click();
      const pinned = await clipboard(page);
      expect(pinned).toMatch(new RegExp(`^CPT ${code}: .+\\. ${siteConfig().name}, pinned copy for the CPT ${edition.year} code set \\(kept ${edition.keptOn}\\)\\. `));
      expect(pinned).toContain(` ${published(site, pinnedCodeUrl(edition.year, code))} (last reviewed `);
      await page.getByRole('button', { name: 'Copy citation for a handout' }).click();
      expect(await clipboard(page)).toMatch(new RegExp(`^CPT ${code}: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. ${siteConfig().name}\\. ${published(site, codeUrl(code))} \\(last reviewed \\d{4}-\\d{2}-\\d{2}\\)\\.$`));
    });
  }
});

test('search engines are sent to the current page: pinned pages are noindex and left out of the sitemap, not blocked', { tag: '@base-path' }, async ({ page, request, site }) => {
  await page.goto(pinnedCodeUrl(edition.year, code));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  const sitemap = await (await request.get(sitemapUrl())).text();
  const pages = await Promise.all([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(async ([, loc]) => (await request.get(new URL(loc!).pathname)).text()));
  const all = [sitemap, ...pages].join('\n');
  expect(all).toContain(`<loc>${published(site, codeUrl(code))}</loc>`);
  expect(all).not.toContain(published(site, pinnedCodeUrl(edition.year, code)));
  const robots = await (await request.get(withBase('/robots.txt'))).text();
  expect(robots).not.toMatch(/Disallow:.*editions/);
});
