import { expect, test } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { codeUrl, familyUrl, modifierListUrl, modifierUrl } from '../../src/shared/urls';

const codes = contentCodes();
const pages = new Set(codes.map((c) => c.code));
const modifiers = contentData<{ name: string; description: string }>('modifiers');
const familyCodes = (family: string) => codes.filter((c) => c.family === family).map((c) => c.code).sort();

for (const c of codes) {
  test(`${c.code}: add-ons and primaries link both ways`, async ({ page }) => {
    await page.goto(codeUrl(c.code));
    const reportWith = page.locator('[data-fact="reportWith"]');
    for (const primary of c.primaryCodes ?? []) {
      const link = reportWith.locator(`a[href="${codeUrl(primary)}"]`);
      await expect(link).toHaveCount(pages.has(primary) ? 1 : 0);
      if (!pages.has(primary)) await expect(reportWith.locator('[data-no-page]')).toContainText(primary);
    }
    const addOns = codes.filter((o) => o.primaryCodes?.includes(c.code)).map((o) => o.code);
    const addOnRow = page.locator('[data-fact="addOnCodes"]');
    await expect(addOnRow).toHaveCount(addOns.length ? 1 : 0);
    for (const a of addOns) {
      await addOnRow.locator(`a[href="${codeUrl(a)}"]`).click();
      await expect(page.locator('[data-fact="reportWith"]').locator(`a[href="${codeUrl(c.code)}"]`)).toHaveCount(1);
      await page.goBack();
    }
  });

  test(`${c.code}: related codes appear on both pages`, async ({ page }) => {
    const incoming = codes.filter((o) => o.code !== c.code && o.related?.some((r) => r.code === c.code)).map((o) => o.code);
    const expected = new Set([...(c.related ?? []).map((r) => r.code), ...incoming]);
    await page.goto(codeUrl(c.code));
    const list = page.locator('[data-related-codes] li');
    await expect(list).toHaveCount(expected.size);
    for (const code of expected) {
      const item = list.filter({ hasText: code });
      if (pages.has(code)) await expect(item.locator(`a[href="${codeUrl(code)}"]`)).toHaveCount(1);
      else await expect(item.locator('[data-no-page]')).toContainText('no page yet');
    }
  });

  test(`${c.code}: previous and next within its family`, async ({ page }) => {
    const siblings = familyCodes(c.family);
    const at = siblings.indexOf(c.code);
    await page.goto(codeUrl(c.code));
    await expect(page.locator('[data-previous-code]')).toHaveCount(at > 0 ? 1 : 0);
    await expect(page.locator('[data-next-code]')).toHaveCount(at < siblings.length - 1 ? 1 : 0);
    if (at < siblings.length - 1) {
      await page.locator('[data-next-code]').click();
      await expect(page).toHaveURL(new RegExp(`${codeUrl(siblings[at + 1]!)}$`));
      await page.locator('[data-previous-code]').click();
      await expect(page).toHaveURL(new RegExp(`${codeUrl(c.code)}$`));
    }
  });
}

test('family pages list their codes in code order', async ({ page }) => {
  for (const family of new Set(codes.map((c) => c.family))) {
    await page.goto(familyUrl(family));
    await expect(page.locator('[data-code-table] tbody th')).toHaveText(familyCodes(family));
  }
});

test('the modifier index links every modifier, and each page lists the codes that use it', async ({ page }) => {
  await page.goto(modifierListUrl());
  const ids = Object.keys(modifiers);
  await expect(page.locator('[data-modifier-list] li')).toHaveCount(ids.length);
  for (const id of ids) {
    await page.goto(modifierListUrl());
    await page.locator(`[data-modifier-list] a[href="${modifierUrl(id)}"]`).click();
    await expect(page.locator('h1')).toContainText(modifiers[id]!.name);
    const users = codes.filter((c) => c.modifiers?.some((m) => m.modifier === id));
    await expect(page.locator('[data-modifier-uses] tbody tr')).toHaveCount(users.length);
    for (const c of users) {
      const row = page.locator(`[data-modifier-uses] tr[data-code="${c.code}"]`);
      const when = c.modifiers!.find((m) => m.modifier === id)!.whenToUse;
      if (when) await expect(row).toContainText(when.trim().slice(0, 40));
      await expect(row.locator(`a[href="${codeUrl(c.code)}"]`)).toHaveCount(1);
    }
  }
});
