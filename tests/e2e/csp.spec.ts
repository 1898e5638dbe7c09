import { expect, test, type ConsoleMessage, type Page } from '../support/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy, policyProblems } from '../../src/hosting/csp';
import { codeUrl, homeUrl, pagefindBaseUrl, searchUrl, withBase } from '../../src/shared/urls';
import { contentCodes } from '../support/content';
import { samplePages } from '../support/site';

declare global {
  interface Window {
    __violations: string[];
    __pwned?: number;
  }
}

/** Records CSP violations, page errors and console errors (including the search worker's). */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // Only the header carries frame-ancestors, which tells the two enforced policies apart.
      const source = e.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI} (${source})`);
    });
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // Chromium asks for /favicon.ico on its own; that request is the browser's, not one of our pages'.
  const ours = (m: ConsoleMessage) => !m.location().url.endsWith('/favicon.ico');
  page.on('console', (m) => m.type() === 'error' && ours(m) && problems.push(`console: ${m.text()}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker console: ${m.text()}`)));
  return async () => [...problems, ...(await page.evaluate(() => window.__violations))];
}

/** Where the search index step writes Pagefind's browser bundle (a function: the base path is the project's). */
const pagefindBundle = () => `${pagefindBaseUrl()}pagefind.js`;

/** The part of Pagefind's browser API these tests use. */
interface PagefindApi {
  options(options: { noWorker: boolean; baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

const headerPolicyOf = async (page: Page, path: string) => {
  const response = await page.request.get(path);
  return response.headers()['content-security-policy'] ?? '';
};

test('the policy sent as a header is strict and lets Pagefind compile WebAssembly', { tag: '@base-path' }, async ({ page }) => {
  const policy = await headerPolicyOf(page, homeUrl());
  expect(policyProblems(policy)).toEqual([]);
  const scripts = parsePolicy(policy).get('script-src')!;
  expect(scripts).toContain("'wasm-unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(parsePolicy(policy).get('frame-ancestors')).toEqual(["'none'"]);
});

test('the header reaches the search worker and index files too, as a static host would send it', { tag: '@base-path' }, async ({ page, distDir }) => {
  const policy = await headerPolicyOf(page, homeUrl());
  for (const file of [pagefindBundle(), `${pagefindBaseUrl()}pagefind-worker.js`, `${pagefindBaseUrl()}wasm.en.pagefind`]) {
    expect(await headerPolicyOf(page, file), file).toBe(policy);
  }
  expect(readFileSync(join(distDir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
});

for (const { path, type } of samplePages(1)) {
  test(`the ${type} page's meta policy matches the header and the page runs without violations`, { tag: '@base-path' }, async ({ page }) => {
    const report = await watch(page);
    await page.goto(withBase(path));
    const meta = parsePolicy((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!);
    const header = parsePolicy(await headerPolicyOf(page, withBase(path)));
    expect([...meta.keys()].sort()).toEqual([...header.keys()].filter((d) => d !== 'frame-ancestors').sort());
    for (const [directive, sources] of meta) expect(header.get(directive), directive).toEqual(expect.arrayContaining(sources));
    expect(await report()).toEqual([]);
  });
}

for (const noWorker of [false, true]) {
  test(`search runs under the policy ${noWorker ? 'on the main thread' : 'in its worker'}`, { tag: '@base-path' }, async ({ page }) => {
    const report = await watch(page);
    const code = contentCodes()[0]!.code;
    await page.goto(homeUrl());
    const urls = await page.evaluate(
      async ({ code, noWorker, bundle, baseUrl }) => {
        const pagefind = (await import(bundle)) as PagefindApi;
        await pagefind.options({ noWorker, baseUrl });
        const search = await pagefind.search(code);
        return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
      },
      { code, noWorker, bundle: pagefindBundle(), baseUrl: homeUrl() },
    );
    expect(urls).toContain(codeUrl(code));
    expect(await report()).toEqual([]);
  });
}

test('the header search box finds and opens a code under the policy, with no violations', { tag: '@base-path' }, async ({ page }) => {
  const report = await watch(page);
  const [target, other] = contentCodes();
  await page.goto(codeUrl(other!.code));
  await page.locator('#site-search').fill(target!.code);
  const option = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first();
  await expect(option).toHaveAttribute('href', new RegExp(`^${codeUrl(target!.code)}`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(codeUrl(target!.code)));
  expect(await report()).toEqual([]);
});

test('the search page shows results, filter counts and landing highlights under the policy', { tag: '@base-path' }, async ({ page }) => {
  const report = await watch(page);
  const word = contentCodes()[0]!.title.split(/\W+/).find((w) => w.length >= 6)!.toLowerCase();
  await page.goto(searchUrl(word));
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  await expect(page.locator('[data-filter-count]').first()).not.toBeEmpty();
  await first.click();
  await expect(page.locator('mark').first()).toBeVisible();
  expect(await report()).toEqual([]);
});

test('the policy blocks script injected into a page: inline, in a handler and in a javascript: link', async ({ page }) => {
  const report = await watch(page);
  await page.goto(homeUrl());
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 2');
    img.src = '/no-such-image.png';
    img.alt = '';
    document.body.append(img);
    const link = document.createElement('a');
    link.href = 'javascript:window.__pwned = 3';
    link.textContent = 'injected';
    link.id = 'injected';
    document.body.append(link);
  });
  await page.locator('#injected').click();
  // Both policies are enforced, so each of the three attempts is reported by each of them.
  const violations = async () => (await report()).filter((p) => p.startsWith('script-src')).sort();
  await expect.poll(violations).toEqual(
    ['script-src-attr', 'script-src-elem', 'script-src-elem'].flatMap((d) =>
      ['header', 'meta'].map((source) => `${d} blocked inline (${source})`),
    ).sort(),
  );
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
