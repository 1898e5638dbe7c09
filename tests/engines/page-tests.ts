import { expect, test } from 'vitest';
import { printRulesHide } from './print-rules';
import { SECTION, expectNoProblems, first, type SuiteContext } from './suite-context';
import { until, untilAt } from './waits';
import { samplePages } from '../support/site';
import { codeUrl, shortCodeUrl } from '../../src/shared/urls';

/** Every page type loads cleanly, and a code page prints without the site's chrome. */
export function pageTests({ driver: get, at, engine, limits }: SuiteContext) {
  test('every page type loads with its styles, no console error and no CSP violation', async () => {
    const driver = get();
    for (const page of samplePages(1)) {
      await driver.goto(at(() => page.path));
      const heading = await driver.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
      expect(heading, `${engine}: ${page.path} has a heading`).not.toBe('');
      // The stylesheet applied: the skip link is moved out of sight until focused.
      expect(await driver.evaluate(() => document.styleSheets.length), `${engine}: ${page.path} stylesheets`).toBeGreaterThan(0);
      await expectNoProblems(driver, limits, page.path);
    }
  });

  test('printing a code page drops the header, search and copy buttons', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    const chrome = ['body > header', '[data-search-form]', 'button[data-copy-text]'];
    // Neither engine's driver can switch a page to print media (Firefox's BiDi has no media
    // emulation yet, classic WebDriver none): the Chromium suite prints for real (sharing.spec.ts);
    // here the @media print rules each engine parsed must hide the chrome.
    expect(await driver.evaluate(printRulesHide, chrome), `${engine}: its parsed @media print rules hide ${chrome.join(', ')}`).toEqual(chrome.map(() => true));
  });
}

/** Short links, glossary links and the keyboard's way into the content. */
export function linkTests({ driver: get, at, engine }: SuiteContext) {
  test('a short link with #anchor lands on the section', async () => {
    const driver = get();
    await driver.goto(at(() => `${shortCodeUrl(first.code)}#${SECTION}`));
    await untilAt(driver, at(() => `${codeUrl(first.code)}#${SECTION}`));
    await until(`#${SECTION} scrolled into view`, () => driver.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), SECTION), (top) => top >= 0 && top < 200);
  });

  test('a glossary link on a code page opens its definition, by keyboard', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    const href = await driver.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('article a[data-glossary-term], article [data-glossary-term] a, article a[href*="glossary"]');
      link?.focus();
      return link?.href;
    });
    expect(href, `${engine}: the code page links a term to the glossary`).toBeTruthy();
    await driver.press('Enter');
    await untilAt(driver, href!);
    const id = new URL(href!).hash.slice(1);
    await until(`the definition #${id} in view`, () => driver.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().top ?? -1, id), (top) => top >= 0 && top < 300);
  });

  test('the first Tab shows the skip link with a visible focus, and Enter moves to the content', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    await driver.press('Tab');
    const focused = await driver.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), shown: box.width > 0 && box.height > 0 && box.top >= 0, ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none' };
    });
    expect(focused, `${engine}: the skip link, focused and visibly so`).toEqual({ text: 'Skip to content', shown: true, ring: true });
    await driver.press('Enter');
    await untilAt(driver, `${at(() => codeUrl(first.code))}#main`);
    await driver.press('Tab');
    expect(await driver.evaluate(() => !!document.activeElement?.closest('main')), `${engine}: Tab after the skip link stays in the content`).toBe(true);
  });
}
