import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SCREENSHOTS } from './screenshots';
import { OPTIONS, SECTION, SUGGESTIONS, enterCode, expectNoProblems, family, first, inFamily, titleWord, type SuiteContext } from './suite-context';
import { until, untilAt, untilShown } from './waits';
import type { ServedSite } from './serve-sites';
import { codeUrl, searchUrl, shortCodeUrl } from '../../src/shared/urls';

/** A code typed into the header box reaches its page, however the form is sent. */
export function codeSearchTests({ driver: get, at, engine, limits }: SuiteContext) {
  test('a code typed and Enter opens its page, at once or after a pause', async () => {
    const driver = get();
    for (const pauseMs of [0, 1500]) {
      await driver.goto(at(() => searchUrl()));
      await enterCode(driver, first.code, pauseMs);
      await untilAt(driver, at(() => codeUrl(first.code)));
    }
    await untilShown(driver, 'h1');
    await driver.screenshot(join(SCREENSHOTS, `${engine}-code-page.png`));
    await expectNoProblems(driver, limits, codeUrl(first.code));
  });

  test('a code in a box that never had focus (as a browser restores it) and the Search button open its page', async () => {
    const driver = get();
    await driver.goto(at(() => searchUrl()));
    // No focus event reaches the box, so its search code has not started when the form is sent.
    await driver.evaluate((code) => void (document.querySelector<HTMLInputElement>('#site-search')!.value = code), first.code);
    await driver.click('body > header [data-search-form] button[type="submit"]');
    await untilAt(driver, at(() => codeUrl(first.code)));
  });
}

/** Word suggestions in the header box, and the search page's shared address. */
export function wordSearchTests({ driver: get, at, engine, limits }: SuiteContext) {
  test('words give suggestions; arrow keys and Enter open one', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    await driver.type('#site-search', titleWord);
    await until(`suggestions for "${titleWord}"`, () => driver.evaluate((s) => document.querySelectorAll(s).length, OPTIONS), (n) => n > 0);
    await untilShown(driver, SUGGESTIONS);
    expect(await driver.evaluate(() => document.querySelector('#site-search')!.getAttribute('aria-expanded'))).toBe('true');
    await driver.screenshot(join(SCREENSHOTS, `${engine}-search-suggestions.png`));
    await driver.press('ArrowDown');
    await driver.press('ArrowDown');
    await driver.press('ArrowUp');
    const chosen = await driver.evaluate((s) => {
      const option = document.querySelector<HTMLAnchorElement>(`${s}[aria-selected="true"]`);
      return option && { href: option.href, isFirst: option === document.querySelector(s) };
    }, OPTIONS);
    expect(chosen?.isFirst, `${engine}: the arrows came back to the first suggestion`).toBe(true);
    await driver.press('Enter');
    await untilAt(driver, chosen!.href);
    await expectNoProblems(driver, limits, chosen!.href);
  });

  test('/search/ opens a shared address with its filter, and writes changes back to the address', async () => {
    const driver = get();
    await driver.goto(at(() => searchUrl('', { family })));
    const resultCodes = () => driver.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-search-results] a')].map((a) => a.dataset.searchHit!));
    await until(`the results of family ${family}`, resultCodes, (found) => found.length === inFamily.length && inFamily.every((c) => found.includes(c)));
    expect(await driver.evaluate((f) => document.querySelector<HTMLInputElement>(`input[name="family"][value="${f}"]`)!.checked, family)).toBe(true);
    await driver.type('#search-page-query', first.code);
    await untilAt(driver, at(() => searchUrl(first.code, { family })));
    await until(`${first.code} as the first result`, resultCodes, (found) => found[0] === first.code);
    await expectNoProblems(driver, limits, searchUrl(first.code, { family }));
  });
}

/** The same reader paths on the sub-path build. */
export function subpathTests({ driver: get, at }: SuiteContext, site: ServedSite) {
  test('a code typed and Enter, a suggestion and a short link with #anchor stay under the base path', async () => {
    const driver = get();
    await driver.goto(at(() => searchUrl()));
    await enterCode(driver, first.code, 0);
    await untilAt(driver, at(() => codeUrl(first.code)));
    await driver.type('#site-search', titleWord);
    const href = await until('a suggestion', () => driver.evaluate((s) => document.querySelector<HTMLAnchorElement>(s)?.href, OPTIONS));
    expect(new URL(href!).pathname.startsWith(site.basePath)).toBe(true);
    await driver.goto(at(() => `${shortCodeUrl(first.code)}#${SECTION}`));
    await untilAt(driver, at(() => `${codeUrl(first.code)}#${SECTION}`));
  });
}
