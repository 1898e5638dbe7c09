import { expect, test } from '../support/test';
import { contentCodes, type CodeFrontmatter } from '../support/content';
import { currentEdition } from '../../src/site/site-config';
import { codeUrl, editionUrl, editionsUrl, homeUrl } from '../../src/shared/urls';

const codes = contentCodes();
const current = currentEdition();
const revisionsOf = (c: CodeFrontmatter) => c.history.revisions ?? [];

/** Which of the content's codes an edition added, revised and deleted, read from the files themselves. */
function changedIn(year: number): Record<'added' | 'revised' | 'deleted', string[]> {
  return {
    added: codes.filter((c) => c.history.added === year).map((c) => c.code),
    revised: codes.filter((c) => revisionsOf(c).some((r) => r.year === year)).map((c) => c.code),
    deleted: codes.filter((c) => c.deleted?.year === year).map((c) => c.code),
  };
}

for (const c of codes) {
  // Only a History that names a year has a link (to its edition) for a base path to break.
  const linksAYear = c.history.added !== undefined || !!c.deleted;
  test(`${c.code}: the History section says what the sources give, each year linking to its edition`, linksAYear ? { tag: '@base-path' } : {}, async ({ page }) => {
    await page.goto(codeUrl(c.code));
    const history = page.locator('[data-history]');
    const added = history.locator('[data-history-added]');
    if (c.history.added === undefined) await expect(added).toHaveText('The year the code was added is not available in the source documents');
    else await expect(added.getByRole('link')).toHaveAttribute('href', editionUrl(c.history.added));
    const revisions = history.locator('[data-history-revisions]');
    if (!revisionsOf(c).length) await expect(revisions).toHaveText('No revisions are given in the source documents');
    for (const r of revisionsOf(c)) await expect(revisions.locator(`[data-revision="${r.year}"]`)).toContainText(r.text);
    const deleted = history.locator('[data-history-deleted]');
    if (!c.deleted) {
      await expect(deleted).toHaveText('No: the code is in the code set this page reflects.');
      return;
    }
    await expect(deleted).toContainText(`In ${c.deleted.year}`);
    await deleted.getByRole('link', { name: String(c.deleted.year) }).click();
    await expect(page).toHaveURL(new RegExp(`${editionUrl(c.deleted.year)}$`));
    await expect(page.locator('h1')).toHaveText(`CPT ${c.deleted.year}: what changed`);
  });
}

test('the editions page lists every edition newest first, with counts, each linking to its page', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(editionsUrl());
  const rows = page.locator('[data-edition-table] tbody tr');
  const years = (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-edition')))));
  expect(years).toContain(current);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  for (const year of years) {
    const changed = changedIn(year);
    await expect(page.locator(`tr[data-edition="${year}"] td`)).toHaveText([changed.added, changed.revised, changed.deleted].map((list) => String(list.length)));
  }
  await expect(page.locator(`tr[data-edition="${current}"] th`)).toContainText('(current)');
  await page.getByRole('link', { name: `CPT ${current}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${editionUrl(current)}$`));
});

test('an edition page links each changed code to its page, and says plainly when a kind of change has none', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(editionUrl(current));
  for (const [kind, list] of Object.entries(changedIn(current))) {
    const group = page.locator(`[data-change-group="${kind}"]`);
    await expect(group.locator(`h2[id="${kind}"]`)).toContainText(`(${list.length})`);
    if (!list.length) await expect(group.locator('p')).toHaveText(`No code on this site is recorded as ${kind} in ${current}.`);
    for (const code of list) await expect(group.locator(`[data-code="${code}"] a`).first()).toHaveAttribute('href', codeUrl(code));
  }
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Editions' }).click();
  await expect(page).toHaveURL(new RegExp(`${editionsUrl()}$`));
});

test('the home page and every footer link to the editions', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(homeUrl());
  await expect(page.locator('main').getByRole('link', { name: 'See what each CPT edition changed' })).toHaveAttribute('href', editionsUrl());
  await page.locator('footer [data-cpt-edition]').getByRole('link', { name: 'changes by edition' }).click();
  await expect(page).toHaveURL(new RegExp(`${editionsUrl()}$`));
});
