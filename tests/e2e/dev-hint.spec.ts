import { expect, test, type Page } from '../support/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCodes } from '../support/content';
import { prepareCopy } from '../fixtures/build-fixture';
import { codeUrl, homeUrl, pinnedCodeUrl, searchUrl } from '../../src/shared/urls';
import { EDITIONS_DIR } from '../../src/schema/content-files';
import { DEV_HINT_PORT } from '../../scripts/test-env/ports.mjs';
import { EDITIONS_SITE } from '../../scripts/build/editions-site.mjs';

// What an editor sees in the real dev server, started on its own port: search says where its
// index comes from, a pinned link of a code that reads as its live page lands there, and a body
// the content check refuses shows as Astro's error page.
const origin = `http://localhost:${DEV_HINT_PORT}`;
// A copy of the project, since the last test breaks a content file while the server runs: in the
// project itself, the fixture builds running beside the browser tests copied the broken file.
let project: string;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  project = prepareCopy('dev-hint');
  // The project's edition kept again from today's pages, as the editions test site does: its codes read as live and forward.
  const forwarding = String(EDITIONS_SITE.forwardingYear);
  rmSync(join(project, EDITIONS_DIR, forwarding), { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/editor/edition-freeze.mjs', forwarding, '--today', EDITIONS_SITE.forwardingKeptOn], { cwd: project, stdio: 'ignore' });
  server = spawn(join(project, 'node_modules/.bin/astro'), ['dev', '--port', String(DEV_HINT_PORT)], {
    cwd: project,
    // node_modules/.bin first, so astro runs on the Node 22 that npm installed whoever started the tests.
    env: { ...process.env, PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server writes its log inside the project, as an editor's `npm run dev > dev-server.log` does:
  // while a page failed, each failure's log line made the dev server reload the page again.
  const log = createWriteStream(join(project, 'dev-server.log'));
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  const answers = () => fetch(origin + homeUrl()).then((r) => r.ok, () => false);
  await expect.poll(answers, { message: `astro dev answers on ${origin}`, timeout: 90_000, intervals: [500] }).toBe(true);
});

test.afterAll(() => {
  server?.kill();
  rmSync(project, { recursive: true, force: true });
});

const hint = /npm run build/;
// A cold dev server optimises dependencies on first use and then reloads the page, which can wipe
// what was typed; each attempt starts from a fresh load, and only the hint counts as success.
const attempts = { timeout: 90_000, intervals: [1_000] };
// The reload loop went round twice a second: a page that stays this long without one is at rest.
const AT_REST_MS = 3_000;

/** Waits for `page` to go AT_REST_MS without navigating, and fails if it navigates in that time. */
async function expectAtRest(page: Page, what: string) {
  const navigated = await page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: AT_REST_MS }).then(
    () => true,
    () => false,
  );
  expect(navigated, `${what} reloaded by itself`).toBe(false);
}

test('in the dev server, the header search says the index comes from a build', async ({ page }) => {
  test.setTimeout(120_000);
  await expect(async () => {
    await page.goto(origin + codeUrl(contentCodes()[0]!.code));
    await page.locator('#site-search').click();
    // Two words: one word of the code titles is answered from the word index, which dev serves too.
    await page.keyboard.type('vein stenosis');
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

test('in the dev server, a pinned address of a code that reads as its live page forwards there with its #anchor', async ({ page }) => {
  test.setTimeout(120_000);
  const { code, title } = contentCodes()[0]!;
  await expect(async () => {
    await page.goto(`${origin}${pinnedCodeUrl(EDITIONS_SITE.forwardingYear, code)}#modifiers`);
    await expect(page).toHaveURL(`${origin}${codeUrl(code)}#modifiers`, { timeout: 10_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  }).toPass(attempts);
});

test('in the dev server, a refused body shows Astro’s error page with file, line and message, which stays until it is fixed', async ({ page }) => {
  test.setTimeout(120_000);
  const { code, title } = contentCodes()[0]!;
  const file = join(project, 'content/codes', `${code}.mdx`);
  const good = readFileSync(file, 'utf8');
  const lines = good.split('\n');
  const at = lines.indexOf('## Overview') + 2;
  lines.splice(at, 0, 'Billed at {1 + 1} units.', '');
  const heading = page.getByRole('heading', { level: 1 }).filter({ hasText: title });
  const overlay = page.locator('vite-error-overlay');

  await expect(async () => {
    await page.goto(origin + codeUrl(code));
    await expect(heading).toBeVisible({ timeout: 10_000 });
  }).toPass(attempts);
  try {
    // The page the editor is looking at turns into the error as the file is saved, without a reload by hand.
    writeFileSync(file, lines.join('\n'));
    await expect(overlay.locator('#message-content')).toContainText(`content/codes/${code}.mdx: body at line ${at + 1} has a {…} expression`, { timeout: 30_000 });
    await expectAtRest(page, 'the error page');
    // Reloaded by hand, as an editor checks whether it is still broken: the error shows and stays.
    await page.reload();
    await expect(overlay.locator('#message-content')).toContainText(`content/codes/${code}.mdx`);
    await expectAtRest(page, 'the error page reloaded by hand');
    await expect(overlay.locator('#code header')).toContainText(`codes/${code}.mdx:${at + 1}`);
    await expect(overlay.locator('.error-line')).toContainText('Billed at {1 + 1} units.');
  } finally {
    writeFileSync(file, good);
  }
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(overlay).toHaveCount(0);
  await expectAtRest(page, 'the page back after the fix');
  await expect(heading).toBeVisible();
});
