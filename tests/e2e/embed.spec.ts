import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '../support/test';
import { COURSE_PAGE_PORT } from '../../scripts/test-env/ports.mjs';
import { parsePolicy } from '../../src/hosting/csp';
import { absoluteUrl, codeUrl, embedUrl, sitemapUrl } from '../../src/shared/urls';
import { currentEdition, siteConfig } from '../../src/site/site-config';

// 37249 is an add-on code whose primary code, 37248, has a page.
const CODE = '37249';
const MAX_GZIPPED_BYTES = 8 * 1024;
const COURSE_PAGE = `http://localhost:${COURSE_PAGE_PORT}/`;

// The course page (scripts/test-env/course-page.mjs, started with the site servers) frames whatever ?src= names.
async function frameOnCoursePage(page: Page, src: string) {
  await page.goto(`${COURSE_PAGE}?src=${encodeURIComponent(src)}`);
  return page.frameLocator('iframe');
}

test('a course page on another origin shows the embed card, and is refused the code page', { tag: '@base-path' }, async ({ page, baseURL, site }) => {
  const card = await frameOnCoursePage(page, new URL(embedUrl(CODE), baseURL).href);
  await expect(card.getByRole('heading', { level: 1 })).toContainText(CODE);
  await expect(card.locator('[data-embed-add-on]')).toContainText('Add-on code');
  await expect(card.locator('[data-embed-add-on]').getByRole('link', { name: '37248' })).toBeVisible();
  await expect(card.getByText(`Reflects the CPT ${currentEdition()} code set.`)).toBeVisible();
  const full = card.getByRole('link', { name: /Full page/ });
  await expect(full).toHaveAttribute('href', absoluteUrl(codeUrl(CODE), site.url));
  // Links open in a new tab, never inside the course page's frame.
  expect(await full.evaluate((a: HTMLAnchorElement) => a.target || document.querySelector('base')?.target)).toBe('_blank');

  await frameOnCoursePage(page, new URL(codeUrl(CODE), baseURL).href);
  const framed = page.frames().find((f) => f !== page.mainFrame())!;
  await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').locator('[data-code]')).toHaveCount(0);
});

test('only embed cards may be framed: their header names embed_origins, every other page none', { tag: '@base-path' }, async ({ request }) => {
  const frameAncestors = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)![1]!;
    // Browsers ignore frame-ancestors in a meta policy: the header alone carries it.
    expect(parsePolicy(meta).has('frame-ancestors'), `${path}: meta policy`).toBe(false);
    return parsePolicy(response.headers()['content-security-policy']!).get('frame-ancestors');
  };
  const origins = siteConfig().embed_origins;
  expect(await frameAncestors(embedUrl(CODE))).toEqual(origins === '*' ? ['*'] : origins);
  expect(await frameAncestors(codeUrl(CODE))).toEqual(["'none'"]);
});

test('an embed card is small, runs no script, and stays out of search engines and the sitemap', { tag: '@base-path' }, async ({ page, request }) => {
  const bodies: Promise<Buffer>[] = [];
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
    bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(embedUrl(CODE), { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  expect(scripts).toEqual([]);
  expect(bytes).toBeGreaterThan(500);
  expect(bytes).toBeLessThanOrEqual(MAX_GZIPPED_BYTES);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  const sitemap = await (await request.get(sitemapUrl())).text();
  const chunks = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  for (const chunk of chunks) expect(await (await request.get(chunk)).text()).not.toContain('/embed/');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('an embed card reads in full', async ({ page }) => {
    await page.goto(embedUrl(CODE));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CODE);
    await expect(page.locator('[data-lead]')).toBeVisible();
    await expect(page.getByRole('link', { name: /Full page/ })).toBeVisible();
  });
});

test('"Copy embed code" on the code page gives an iframe of the card with a title and a height', { tag: '@base-path' }, async ({ page, site }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(codeUrl(CODE));
  await page.getByRole('button', { name: 'Copy embed code for a course page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const iframe = await page.evaluate((html) => {
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
    return { src: frame.getAttribute('src'), title: frame.getAttribute('title'), height: frame.getAttribute('height') };
  }, snippet);
  expect(iframe).toMatchObject({ src: absoluteUrl(embedUrl(CODE), site.url), title: expect.stringContaining(`CPT ${CODE}`), height: expect.stringMatching(/^\d{3}$/) });
});
