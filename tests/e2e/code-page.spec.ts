import { expect, test } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { codeListUrl, codeUrl, modifierUrl } from '../../src/shared/urls';

const codes = contentCodes();
const families = contentData<{ name: string }>('families');
const modifiers = contentData<{ name: string }>('modifiers');
const SECTION_IDS = ['overview', 'billing-overview', 'clinical-scenario', 'modifiers', 'related-codes', 'payers', 'data-notes', 'history'];

test('every code in content/ has a page', () => {
  expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['37244', '37248', '37249', '37253', '37257']));
});

for (const c of codes) {
  test.describe(`code page ${c.code}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(codeUrl(c.code));
      expect(response?.status()).toBe(200);
    });

    test('heading, lead, breadcrumb and add-on status', async ({ page }) => {
      await expect(page.locator('h1')).toContainText(c.code);
      await expect(page.locator('h1')).toContainText(c.title);
      await expect(page).toHaveTitle(new RegExp(`CPT ${c.code}`));
      await expect(page.locator('[data-lead]')).toHaveText(c.lead.trim());
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).locator('a, [aria-current="page"]');
      await expect(crumbs).toHaveText(['Codes', families[c.family]!.name, c.code]);
      await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('[data-add-on-badge]')).toHaveCount(c.addOn ? 1 : 0);
    });

    test('sections have their permanent anchors and the contents links reach them', async ({ page }) => {
      for (const id of SECTION_IDS) await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      await expect(toc.getByRole('link')).toHaveCount(SECTION_IDS.length);
      for (const id of SECTION_IDS) {
        await toc.locator(`a[href="#${id}"]`).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expect(page.locator(`h2[id="${id}"]`)).toBeInViewport();
      }
    });

    test('quick facts show service type, sites, payers and report-with codes', async ({ page }) => {
      const facts = page.locator('[data-quick-facts]');
      for (const term of ['Service type', 'Code family', 'Sites of service', 'Payers reviewed']) {
        await expect(facts.getByText(term, { exact: true })).toBeVisible();
      }
      const reportWith = facts.locator('[data-fact="reportWith"]');
      await expect(reportWith).toHaveCount(c.addOn ? 1 : 0);
      for (const primary of c.primaryCodes ?? []) await expect(reportWith).toContainText(primary);
    });

    test('modifiers table lists every modifier with a working link to its definition', async ({ page }) => {
      const rows = c.modifiers ?? [];
      if (rows.length === 0) {
        await expect(page.locator('[data-modifier-table]')).toHaveCount(0);
        return;
      }
      const table = page.locator('[data-modifier-table]');
      await expect(table.locator('thead th')).toHaveText(['Modifier', 'Description', `When to use with ${c.code}`]);
      await expect(table.locator('tbody tr')).toHaveCount(rows.length);
      for (const m of rows) {
        const row = page.locator(`tr[id="modifier-${m.modifier}"]`);
        await expect(row).toContainText(modifiers[m.modifier]!.name);
        await expect(row.locator('[data-basis]')).toHaveAttribute('data-basis', m.basis);
        if (m.whenToUse) await expect(row).toContainText(m.whenToUse.trim().slice(0, 40));
      }
      const first = rows[0]!.modifier;
      await page.locator(`tr[id="modifier-${first}"] a`).click();
      await expect(page).toHaveURL(new RegExp(`${modifierUrl(first)}$`));
      await expect(page.locator('h1')).toContainText(first);
    });

    test('footer carries the CPT trademark notice and the last-reviewed date', async ({ page }) => {
      const footer = page.locator('footer');
      await expect(footer).toContainText('CPT® is a registered trademark of the American Medical Association');
      const reviewed = new Date(c.lastReviewed).toISOString().slice(0, 10);
      await expect(footer.locator('[data-last-reviewed] time')).toHaveAttribute('datetime', reviewed);
    });
  });
}

test('a related code without a page is plain text marked "no page yet", never a link', async ({ page }) => {
  const withPages = new Set(codes.map((c) => c.code));
  await page.goto(codeUrl(codes[0]!.code));
  const hrefs = await page.locator(`a[href^="${codeListUrl()}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    const m = href?.startsWith(codeListUrl()) ? /^(\d{4}[0-9A-Z])\/$/.exec(href.slice(codeListUrl().length)) : null;
    if (m) expect(withPages.has(m[1]!)).toBe(true);
  }
});
