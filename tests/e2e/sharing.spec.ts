import { expect, test } from '../support/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, contentCodes } from '../support/content';
import { builtUrls, LIST_FILE, readList } from '../../scripts/editor/published-urls.mjs';
import { absoluteUrl, codeUrl, searchUrl, shortCodeUrl, sitemapUrl, withBase } from '../../src/shared/urls';
import { siteConfig } from '../../src/site/site-config';
import { reportProblemHref } from '../../src/site/config-schema';

const codes = contentCodes();
const code = codes[0]!;
/** The configured address of a public path, as canonical links and copied links give it. */
const published = (site: { url: string }, path: string) => absoluteUrl(path, site.url);

test.describe('copy controls', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy-link button copies the full URL with the section anchor', async ({ page, site }) => {
    await page.goto(codeUrl(code.code));
    const button = page.getByRole('button', { name: 'Copy link to the Billing overview section' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(published(site, `${codeUrl(code.code)}#billing-overview`));
  });

  test('copy citation gives code, title, URL and last-reviewed date as plain text', async ({ page, site }) => {
    await page.goto(codeUrl(code.code));
    await page.getByRole('button', { name: 'Copy citation for a handout' }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const reviewed = new Date(code.lastReviewed).toISOString().slice(0, 10);
    const name = siteConfig().name;
    expect(text).toBe(`CPT ${code.code}: ${code.title}. ${name}. ${published(site, codeUrl(code.code))} (last reviewed ${reviewed}).`);
  });
});

test.describe('with JavaScript off', { tag: '@base-path' }, () => {
  test.use({ javaScriptEnabled: false });
  test('headings keep a plain anchor link and no dead copy buttons', async ({ page }) => {
    await page.goto(codeUrl(code.code));
    await expect(page.getByRole('link', { name: 'Link to the Overview section' })).toHaveAttribute('href', '#overview');
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
  test('a short link forwards by meta refresh', async ({ page }) => {
    await page.goto(shortCodeUrl(code.code));
    await expect(page).toHaveURL(new RegExp(`${codeUrl(code.code)}$`));
  });
});

test('a short link forwards to the canonical page and keeps the #anchor', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(`${shortCodeUrl(code.code)}#clinical-scenario`);
  await expect(page).toHaveURL(new RegExp(`${codeUrl(code.code)}#clinical-scenario$`));
  await expect(page.locator('#clinical-scenario')).toBeInViewport();
});

test('a short-link page names its canonical target', { tag: '@base-path' }, async ({ request, site }) => {
  const html = await (await request.get(shortCodeUrl(code.code))).text();
  expect(html).toContain(`<link rel="canonical" href="${published(site, codeUrl(code.code))}">`);
  expect(html).toContain(`content="0; url=${codeUrl(code.code)}"`);
});

test('a code page has canonical, description, Open Graph, Twitter and MedicalCode metadata', { tag: '@base-path' }, async ({ page, site }) => {
  await page.goto(codeUrl(code.code));
  const url = published(site, codeUrl(code.code));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', code.lead.trim());
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`${code.code}.*${code.title}`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute('content', new RegExp(code.code));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'MedicalCode', codeValue: code.code, codingSystem: 'CPT', name: code.title, url });
});

test('"Report a problem with this page" is prefilled with the code and the page address', { tag: '@base-path' }, async ({ page, site }) => {
  await page.goto(codeUrl(code.code));
  const href = await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href');
  const { report_problem, edit_page } = siteConfig();
  expect(href).toBe(reportProblemHref(report_problem, { code: code.code, url: published(site, codeUrl(code.code)) }));
  expect(decodeURIComponent(href!)).toContain(published(site, codeUrl(code.code)));
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(edit_page ? 1 : 0);
});

test('printing a code page drops the chrome and shows link addresses', { tag: '@base-path' }, async ({ page, site }) => {
  await page.goto(codeUrl(code.code));
  await expect(page.locator('[data-search-form]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.locator('[data-search-form]').first()).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy/ }).first()).toBeHidden();
  await expect(page.locator('[data-print-source]')).toContainText(published(site, codeUrl(code.code)));
  // A link prints its address absolute, as a reader would type it from paper (glossary terms and codes print as words: print.spec.ts).
  const link = page.locator('main article a[href^="/"]:not([data-glossary-term], [data-code-link])').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after.replaceAll('"', '').replace(/^ </, '').replace(/>$/, '').replaceAll(' ', '')).toBe(published(site, href!));
  const table = page.locator('table').first();
  if (await table.count()) expect(await table.evaluate((t) => getComputedStyle(t).breakInside)).toBe('avoid');
});

test('sitemap.xml and robots.txt list the canonical pages only', { tag: '@base-path' }, async ({ request, site }) => {
  const robots = await (await request.get(withBase('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${published(site, sitemapUrl())}`);
  const index = await request.get(sitemapUrl());
  expect(index.status()).toBe(200);
  const chunk = new URL(/<loc>([^<]*?\/sitemap-0\.xml)<\/loc>/.exec(await index.text())![1]!).pathname;
  const pages = await (await request.get(chunk)).text();
  for (const c of codes) {
    expect(pages).toContain(`<loc>${published(site, codeUrl(c.code))}</loc>`);
    expect(pages).not.toContain(`<loc>${published(site, shortCodeUrl(c.code))}</loc>`);
  }
  // Every listed page exists and is content, never a forwarding page (or the short links' template).
  for (const [, loc] of pages.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const response = await request.get(new URL(loc!).pathname);
    expect(response.status(), loc).toBe(200);
    expect(await response.text(), loc).not.toContain('data-redirect-to');
  }
});

test.describe('the 404 page', { tag: '@base-path' }, () => {
  test('offers the page of a code that exists', async ({ page }) => {
    const response = await page.goto(withBase(`/cpt-${code.code}.html`));
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: `Go to the page for CPT ${code.code}` }).click();
    await expect(page).toHaveURL(new RegExp(`${codeUrl(code.code)}$`));
  });
  test('offers a search for a code without a page', async ({ page }) => {
    const missing = ['99999', '99998'].find((c) => !codes.some((x) => x.code === c))!;
    await page.goto(codeUrl(missing));
    await expect(page.getByRole('link', { name: `Search for ${missing}` })).toHaveAttribute('href', searchUrl(missing));
  });
  test('offers no suggestion when the path is not a code', async ({ page }) => {
    await page.goto(withBase('/no-such-page/'));
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('[data-code-suggestion]')).toBeHidden();
  });
});

test.describe('published URLs', { tag: '@base-path' }, () => {
  const listed = readList(readFileSync(join(ROOT, LIST_FILE), 'utf8')) as string[];

  test('every page of the built site is on the list (run npm run urls:update)', ({ distDir }) => {
    const missing = (builtUrls(distDir) as string[]).filter((u) => !listed.includes(u));
    expect(missing).toEqual([]);
  });

  test('every listed URL still resolves, anchors included', async ({ request }) => {
    const pages = new Map<string, string>();
    for (const url of listed) {
      // The list holds routes; a site under a sub-path publishes each below its base path.
      const [path, anchor] = url.split('#') as [string, string | undefined];
      if (!pages.has(path)) {
        const response = await request.get(withBase(path));
        expect(response.status(), path).toBe(200);
        let html = await response.text();
        const forward = /data-redirect-to="([^"]+)"/.exec(html)?.[1];
        if (forward) {
          const target = await request.get(forward);
          expect(target.status(), `${path} → ${forward}`).toBe(200);
          html = await target.text();
        }
        pages.set(path, html);
      }
      if (anchor) expect(pages.get(path), url).toContain(`id="${anchor}"`);
    }
  });
});
