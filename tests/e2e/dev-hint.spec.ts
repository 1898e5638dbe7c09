import { expect, test } from '../support/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, contentCodes } from '../support/content';
import { codeUrl, searchUrl } from '../../src/lib/urls';

// `astro dev` has no search index (Pagefind runs at the end of a build), so search there must say
// how to get one rather than fail silently. This starts the real dev server on its own port.
const port = Number(process.env.E2E_PORT ?? 4399) - 2;
const origin = `http://localhost:${port}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
  }
  throw new Error(`astro dev did not answer on ${origin} within 90 s`);
});

test.afterAll(() => {
  server?.kill();
});

const hint = /npm run build/;
// A cold dev server optimises dependencies on first use and then reloads the page, which can wipe
// what was typed; each attempt starts from a fresh load, and only the hint counts as success.
const attempts = { timeout: 90_000, intervals: [1_000] };

test('in the dev server, the header search says the index comes from a build', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(async () => {
    await page.goto(origin + codeUrl(contentCodes()[0]!.code));
    await page.locator('#site-search').click();
    await page.keyboard.type('vein');
    await expect(page.getByRole('banner').locator('[data-search-message]')).toContainText(hint, { timeout: 10_000 });
  }).toPass(attempts);
});

test('in the dev server, the search page says the same', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(async () => {
    await page.goto(origin + searchUrl('vein'));
    await expect(page.locator('[data-search-summary]')).toContainText(hint, { timeout: 10_000 });
  }).toPass(attempts);
});
