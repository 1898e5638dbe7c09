import { expect, test, type Page } from '../support/test';
import { BRAND, PAPER, PAPER_DARK } from '../support/theme-colours';
import { codeUrl, homeUrl } from '../../src/shared/urls';

declare global {
  interface Window {
    __firstFrame?: { theme: string | null; background: string };
  }
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const themeSwitch = (page: Page) => page.getByRole('combobox', { name: 'Theme' });

test.describe('with the system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('a chosen theme is kept across pages and painted from the first frame, before any module script', async ({ page }) => {
    await page.goto(homeUrl());
    await themeSwitch(page).selectOption('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe(PAPER_DARK);

    // The next page: every module script refused, and the theme read in the first frame's callback,
    // which runs before that frame is painted. Only the inline script in <head> can have set it.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        window.__firstFrame = { theme: document.documentElement.getAttribute('data-theme'), background: getComputedStyle(document.documentElement).backgroundColor };
      });
    });
    await page.goto(codeUrl('37249'));
    await expect.poll(() => page.evaluate(() => window.__firstFrame)).toEqual({ theme: 'dark', background: PAPER_DARK });
    await expect(themeSwitch(page)).toHaveValue('dark');

    // Paper is white whatever the theme: on print, links take the light theme's colour.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main a').first().evaluate((a) => getComputedStyle(a).color)).toBe(BRAND);
  });
});

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('"System" follows the operating system, and a chosen theme wins over it until System is chosen again', async ({ page }) => {
    await page.goto(homeUrl());
    await expect(themeSwitch(page)).toHaveValue('system');
    expect(await background(page)).toBe(PAPER_DARK);

    await themeSwitch(page).selectOption('Light');
    expect(await background(page)).toBe(PAPER);
    await page.reload();
    await expect(themeSwitch(page)).toHaveValue('light');
    expect(await background(page)).toBe(PAPER);

    await themeSwitch(page).selectOption('System');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await background(page)).toBe(PAPER_DARK);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(PAPER);
    await page.reload();
    await expect(themeSwitch(page)).toHaveValue('system');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('theme')))).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('no switch is shown, and the page follows the system', async ({ page }) => {
    await page.goto(homeUrl());
    await expect(page.locator('[data-theme-switch]')).toBeHidden();
    expect(await background(page)).toBe(PAPER_DARK);
  });
});
