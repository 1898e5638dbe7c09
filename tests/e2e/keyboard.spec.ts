import { expect, test, type Locator, type Page } from '../support/test';
import { contentCodes } from '../support/content';
import { codeUrl } from '../../src/shared/urls';

const code = contentCodes()[0]!.code;

/** A focus indicator a sighted keyboard user can see: an outline or a ring drawn by box-shadow. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  await expect(target).toBeVisible();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(style.outline !== 'none' && style.width >= 2 || style.shadow !== 'none', JSON.stringify(style)).toBe(true);
}

/** Presses Tab until `target` has focus, proving it is reachable from the keyboard alone. */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached after ${maxPresses} presses of Tab`);
}

test('the first Tab shows the skip link, which moves past the header to the content', async ({ page }) => {
  await page.goto(codeUrl(code));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expectVisibleFocus(skip);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(focusedInMain).toBe(true);
});

test('search and its results are reachable by keyboard, with visible focus, and Enter opens a result', async ({ page }) => {
  await page.goto(codeUrl(code));
  const search = page.getByRole('combobox', { name: 'Search codes' }).first();
  await tabTo(page, search);
  await expectVisibleFocus(search);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type(code.slice(0, 4));
  const options = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  // The first arrow reopens the list on its first option, the second moves on.
  await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const chosen = options.nth(1);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!);
  // The active option is marked visibly, not only for assistive technology.
  const background = (el: Element) => getComputedStyle(el).backgroundColor;
  expect(await chosen.evaluate(background)).not.toBe(await options.nth(0).evaluate(background));
  const href = (await chosen.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
});

test('every table of contents link is reachable by keyboard and moves to its section', async ({ page }) => {
  await page.goto(codeUrl(code));
  const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await tabTo(page, link);
    await expectVisibleFocus(link);
  }
  const last = links.last();
  const target = (await last.getAttribute('href'))!;
  await last.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});
