import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/test';
import { contentCodes } from '../support/content';
import { codeUrl, compareUrl, practiceUrl, handoutUrl, searchUrl, withBase } from '../../src/shared/urls';
import { HANDOUT_SECTIONS } from '../../src/code-page/sections';
import { builtPages, samplePages } from '../support/site';

// Every check here runs axe twice (light and dark theme): up to 27 s of the default 30 s on the
// 2-core CI machine.
test.describe.configure({ timeout: 90_000 });

// Best practices too: they catch what WCAG leaves open, such as two search landmarks of one name.
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['light', 'dark'] as const;

/**
 * Runs axe on the page as it stands in each theme, light then dark: one page load, one axe run per
 * theme. Soft assertions, so a failure in the light theme still reports the dark one too.
 */
async function expectNoViolationsInEitherTheme(page: Page) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    // With no theme chosen (the theme switch on "System"), the site's dark styles follow prefers-color-scheme.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${theme} theme applied`).toBe(theme === 'dark');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
    expect.soft(report, `WCAG 2.2 AA violations on ${page.url()} in the ${theme} theme`).toEqual([]);
  }
}

// The page types the quality gates promise to cover.
const REQUIRED_TYPES = ['home', 'code list', 'code', 'family', 'modifier', 'modifier list', 'search', 'handout', 'glossary', 'practice', 'practice family', 'edition list', 'edition', 'pinned code', '404', 'compare', 'embed'];

test('the built site has every page type the checks are meant to cover', () => {
  const types = new Set(builtPages().map((p) => p.type));
  expect([...types]).toEqual(expect.arrayContaining(REQUIRED_TYPES));
});

// Code and family pages differ by their content (tables, worked examples, callouts, choosers): three
// of each. The other page types are one template over data of one shape: one of each.
const VARIED_TYPES = new Set(['code', 'family']);
const checkedPages = samplePages(3).filter((p, i, all) => VARIED_TYPES.has(p.type) || all.findIndex((q) => q.type === p.type) === i);

// Each page is loaded once and checked in the light theme, then in the dark one.
for (const { path, type } of checkedPages) {
  test(`${type} ${path} has no WCAG 2.2 AA violations in the light and dark themes`, async ({ page }) => {
    const response = await page.goto(withBase(path));
    expect(response?.ok() || type === '404').toBe(true);
    await expectNoViolationsInEitherTheme(page);
  });
}

test('the page for a missing URL has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  expect((await page.goto(withBase('/codes/no-such-code/')))?.status()).toBe(404);
  await expectNoViolationsInEitherTheme(page);
});

test('the compare page with codes side by side has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  await page.goto(compareUrl('37248', '37249'));
  await expect(page.locator('[data-compare-output] > table')).toBeVisible();
  await expectNoViolationsInEitherTheme(page);
});

test('the search page with results and filters has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  const code = contentCodes()[0]!.code;
  await page.goto(searchUrl(code.slice(0, 4)));
  await expect(page.locator(`main a[href*="/codes/${code}/"]`).first()).toBeVisible();
  await expect(page.locator('[data-filter-count]').first()).not.toBeEmpty();
  await expectNoViolationsInEitherTheme(page);
});

test('the practice page with checked answers, a result and the progress shown has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  await page.goto(practiceUrl());
  const questions = page.locator('[data-question]');
  for (const [n, typed] of [[0, '99999'], [1, '37249 x2, 37248']] as const) {
    await questions.nth(n).getByRole('textbox').fill(typed);
    await questions.nth(n).getByRole('button', { name: 'Check answer' }).click();
    await expect(questions.nth(n).locator('[data-practice-result]')).toBeVisible();
  }
  await expect(page.locator('[data-practice-progress]')).toBeVisible();
  await expectNoViolationsInEitherTheme(page);
});

test('the header search with its suggestions open has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  const code = contentCodes()[0]!.code;
  await page.goto(codeUrl(code));
  const typed = code.slice(0, 4);
  await page.locator('#site-search').fill(typed);
  // The list as it ends up, not as far as it had filled: the status speaks once the answer is in.
  await expect(page.getByRole('banner').getByRole('status')).toContainText(`“${typed}”`);
  const first = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expectNoViolationsInEitherTheme(page);
});

test('a handout with codes, every part shown and a problem named has no WCAG 2.2 AA violations in the light and dark themes', async ({ page }) => {
  const codes = contentCodes().map((c) => c.code);
  await page.goto(handoutUrl(`?codes=${codes.join(',')},abc&sections=${HANDOUT_SECTIONS.map((s) => s.id).join(',')}&title=Week+2&note=Read+first`));
  await expect(page.locator('[data-handout-code]')).toHaveCount(codes.length);
  await expect(page.locator('[data-handout-problems] li')).toHaveCount(1);
  await page.getByLabel('Add a code, or search by words').fill('vein');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('[data-handout-search-results] li').first()).toBeVisible();
  await expectNoViolationsInEitherTheme(page);
});
