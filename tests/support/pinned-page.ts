import { expect, type Page } from '@playwright/test';
import { readPageParts } from './editions';
import { SUMMARY } from '../../src/editions/section-changes';
import { codeUrl, pinnedCodeUrl } from '../../src/shared/urls';

/**
 * Opens a kept page and its live page and checks that the banner names exactly the parts whose
 * text differs between the two, as a reader would find by comparing them. Returns those parts' ids.
 */
export async function expectBannerMatchesPages(page: Page, year: number, code: string): Promise<string[]> {
  await page.goto(codeUrl(code));
  const live = await readPageParts(page);
  await page.goto(pinnedCodeUrl(year, code));
  const kept = await readPageParts(page);
  expect(Object.keys(kept)).toEqual(Object.keys(live));
  const differing = Object.keys(live).filter((id) => kept[id] !== live[id]);

  const notice = page.locator('[data-pinned-banner] [data-changed-sections]');
  const linked = await notice.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  const named = [...(differing.includes(SUMMARY.id) ? [SUMMARY.id] : []), ...linked];
  expect(named.sort()).toEqual([...differing].sort());
  if (differing.length === 0) await expect(notice).toHaveText('The current page says the same as this one in every section.');
  else await expect(notice).toContainText(`changed since the ${year} edition was kept.`);
  return differing;
}
