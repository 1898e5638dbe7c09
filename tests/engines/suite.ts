import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { EngineDriver, EngineLimits, EngineName } from './driver';
import { printRulesHide } from './print-rules';
import type { ServedSite } from './serve-sites';
import { until, untilAt, untilShown } from './waits';
import { ROOT, contentCodes } from '../support/content';
import { samplePages } from '../support/site';
import { RESOLVED_BASE_PATH, codeUrl, compareUrl, handoutUrl, homeUrl, practiceUrl, searchUrl, shortCodeUrl } from '../../src/shared/urls';
import { THEME_ATTRIBUTE, THEME_SELECT, THEME_STORAGE_KEY } from '../../src/theme/theme';
import { PAPER, PAPER_DARK } from '../support/theme-colours';
import { practiceSetQuery } from '../../src/shared/practice/practice-set';
import { readExpectedAttribute } from '../../src/shared/practice/expected-attribute';
import { HANDOUT_PARAMS } from '../../src/shared/handout';

/** Where the screenshots a person can look at go (kept as test output; git-ignored). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'engines');

const codes = contentCodes();
const first = codes[0]!;
/** A word a reader would search for: the longest word of a code's title. */
const titleWord = first.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
const family = first.family;
const inFamily = codes.filter((c) => c.family === family).map((c) => c.code);
/** A section of every code page, to link to. */
const SECTION = 'modifiers';

const SUGGESTIONS = '#site-search-suggestions';
const OPTIONS = `${SUGGESTIONS} [role="option"]`;

export interface EngineUnderTest {
  name: EngineName;
  open(): Promise<EngineDriver>;
  limits: EngineLimits;
}

/**
 * Every cross-engine test, written once; `tests/engines/<engine>.test.ts` runs it for one engine, so
 * a failure is reported under the engine's name. Tests reuse one browser session per engine.
 */
export function engineSuite({ name, open, limits }: EngineUnderTest): void {
  let driver: EngineDriver;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    driver = await open();
  });
  afterAll(() => driver?.close());

  for (const site of inject('sites')) {
    describe(`${name}, ${site.name} (${site.basePath})`, () => {
      /** The address of a route (built with the src/shared/urls.ts helpers) on this site's server. */
      const at = (route: () => string) => {
        process.env[RESOLVED_BASE_PATH] = site.basePath;
        return `${site.origin}${route()}`;
      };
      if (site.name === 'site') siteTests(() => driver, at, name, limits);
      else subpathTests(() => driver, at, site);
    });
  }
}

type At = (route: () => string) => string;

/** What the reader sees go wrong on the page shown; WebKit's driver sees it only from after the load. */
async function expectNoProblems(driver: EngineDriver, limits: EngineLimits, page: string) {
  const seen = await driver.problems();
  const scope = limits.seesLoadErrors ? 'while loading or since' : 'since the load (this engine\'s WebDriver cannot watch a page load)';
  expect(seen, `${driver.engine}: errors or CSP violations on ${page} ${scope}`).toEqual([]);
}

/** Types a code into the header box and presses Enter, `pauseMs` later (0: at once, before the box is ready). */
async function enterCode(driver: EngineDriver, code: string, pauseMs: number) {
  await driver.type('#site-search', code);
  if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  await driver.press('Enter');
}

function siteTests(get: () => EngineDriver, at: At, engine: EngineName, limits: EngineLimits) {
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

  test('a short link with #anchor lands on the section', async () => {
    const driver = get();
    await driver.goto(at(() => `${shortCodeUrl(first.code)}#${SECTION}`));
    await untilAt(driver, at(() => `${codeUrl(first.code)}#${SECTION}`));
    await until(`#${SECTION} scrolled into view`, () => driver.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), SECTION), (top) => top >= 0 && top < 200);
  });

  copyTests(get, at, engine);
  readerToolTests(get, at, engine, limits);

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

/** Copy link and copy citation: the clipboard where the engine lets a page write it, and what the reader reads either way. */
function copyTests(get: () => EngineDriver, at: At, engine: EngineName) {
  test('copy link and copy citation say what they did, and the clipboard holds the text', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    const buttons = await driver.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')].slice(0, 2).map((b) => ({ label: b.getAttribute('aria-label')!, text: b.dataset.copyText!, done: b.dataset.copyDone!, hidden: b.hidden })),
    );
    expect(buttons.map((b) => b.hidden), `${engine}: the copy buttons are offered (localhost is a secure context)`).toEqual([false, false]);
    for (const button of buttons) {
      const selector = `button[aria-label="${button.label}"]`;
      await driver.click(selector);
      const status = await until(`the status after "${button.label}"`, () => driver.evaluate((s) => document.querySelector(s)!.parentElement!.querySelector('[data-copy-status]')!.textContent!.trim(), selector));
      expect(status, `${engine}: what the reader reads after "${button.label}"`).toBe(button.done);
      await driver.evaluate(() => ((document.querySelector('#site-search') as HTMLInputElement).value = ''));
      await driver.click('#site-search');
      await driver.press('Control+v');
      expect(await driver.evaluate(() => (document.querySelector('#site-search') as HTMLInputElement).value), `${engine}: pasted from the clipboard`).toBe(button.text);
    }

    // "Copy for documents": both engines take rich HTML (WebKit only since the write starts within the click).
    const documents = 'button[data-copy-documents]';
    await driver.click(documents);
    const done = await driver.evaluate((s) => document.querySelector<HTMLElement>(s)!.dataset.copyDone!, documents);
    const status = await until('the status after "Copy for documents"', () => driver.evaluate((s) => document.querySelector(s)!.parentElement!.querySelector('[data-copy-status]')!.textContent!.trim(), documents));
    expect(status, `${engine}: what the reader reads after "Copy for documents" (not the plain-text fallback)`).toBe(done);
    await driver.evaluate(() => ((document.querySelector('#site-search') as HTMLInputElement).value = ''));
    await driver.click('#site-search');
    await driver.press('Control+v');
    // A one-line box keeps the plain text, its line breaks dropped or made spaces as the engine does.
    const pasted = await driver.evaluate(() => (document.querySelector('#site-search') as HTMLInputElement).value);
    expect(pasted.startsWith(`${first.code} ${first.title}`), `${engine}: the page's heading pasted first, got "${pasted.slice(0, 80)}"`).toBe(true);
    expect(pasted, `${engine}: the citation pasted last`).toContain(`CPT ${first.code}: ${first.title}.`);
  });
}

const COMPARED = ['37248', '37249'];

/** The theme switch, practice, compare and handout pages: what each shows after the reader's action. */
function readerToolTests(get: () => EngineDriver, at: At, engine: EngineName, limits: EngineLimits) {
  const themeChoice = `[${THEME_SELECT}]`;
  const theme = () => get().evaluate((attribute) => ({ forced: document.documentElement.getAttribute(attribute), background: getComputedStyle(document.documentElement).backgroundColor }), THEME_ATTRIBUTE);

  test('the theme switch: Dark is kept on the next page (the hashed inline script runs), System follows the system again', async () => {
    const driver = get();
    await driver.goto(at(() => homeUrl()));
    await untilShown(driver, themeChoice);
    await driver.select(themeChoice, 'dark');
    expect(await theme(), `${engine}: Dark applied at once`).toEqual({ forced: 'dark', background: PAPER_DARK });
    await driver.goto(at(() => codeUrl(first.code)));
    expect(await theme(), `${engine}: Dark kept on the next page`).toEqual({ forced: 'dark', background: PAPER_DARK });
    expect(await driver.evaluate((selector) => document.querySelector<HTMLSelectElement>(selector)!.value, themeChoice)).toBe('dark');
    await driver.screenshot(join(SCREENSHOTS, `${engine}-dark-code-page.png`));
    await expectNoProblems(driver, limits, `${codeUrl(first.code)} in the dark theme`);
    await driver.select(themeChoice, 'system');
    const systemDark = await driver.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(await theme(), `${engine}: System follows the system (dark: ${systemDark})`).toEqual({ forced: null, background: systemDark ? PAPER_DARK : PAPER });
    expect(await driver.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY), `${engine}: System forgets the choice`).toBeNull();
  });

  test('practice: an answer typed and checked shows its result, right or what is missing', async () => {
    const driver = get();
    await driver.goto(at(() => practiceUrl(practiceSetQuery({ codes: ['37249'] }))));
    const { id, expected: attribute } = (await until('a question of the set, ready to answer', () =>
      driver.evaluate(() => {
        const item = document.querySelector<HTMLElement>('[data-question]:not([hidden]):has(form:not([hidden]))');
        return item && { id: item.id, expected: item.dataset.expected! };
      }),
    ))!;
    const expected = readExpectedAttribute(attribute);
    const field = `#${id} textarea`;
    const result = `#${id} [data-practice-result]`;
    const outcome = () => driver.evaluate((s) => document.querySelector<HTMLElement>(s)!.dataset.outcome, result);
    const shown = () => driver.evaluate((s) => document.querySelector<HTMLElement>(s)!.innerText, result);

    // Every code but the first, with its units as "37249 x2": the first is reported missing.
    await driver.type(field, expected.length > 1 ? expected.slice(1).map((e) => `${e.code} x${e.units}`).join(', ') : '99999');
    await driver.click(`#${id} button[type="submit"]`);
    await until('the result "missed"', outcome, (o) => o === 'missed');
    expect(await shown(), `${engine}: the missing code named`).toContain(`${expected[0]!.code}: missing`);

    await driver.evaluate((s) => void (document.querySelector<HTMLTextAreaElement>(s)!.value = ''), field);
    await driver.type(field, expected.map((e) => `${e.code} x${e.units}`).join(', '));
    await driver.click(`#${id} button[type="submit"]`);
    await until('the result "right"', outcome, (o) => o === 'right');
    expect(await shown(), `${engine}: the result says so`).toMatch(/^Correct\./);
    expect(await driver.evaluate((s) => document.activeElement === document.querySelector(s), result), `${engine}: focus on the result`).toBe(true);
    await driver.evaluate(() => localStorage.clear());
    await expectNoProblems(driver, limits, practiceUrl(practiceSetQuery({ codes: ['37249'] })));
  });

  test('compare: both codes side by side, a differing row marked in words and colour', async () => {
    const driver = get();
    await driver.goto(at(() => compareUrl(...COMPARED)));
    const columns = await until('both codes\' columns', () =>
      driver.evaluate(() => [...document.querySelectorAll('table > thead > tr > th a')].map((a) => a.textContent!.trim())),
      (found) => found.length === COMPARED.length,
    );
    expect(columns, `${engine}: the compared codes`).toEqual(COMPARED);
    const rows = await driver.evaluate(() =>
      Object.fromEntries(
        ['addOn', 'family'].map((key) => {
          const row = document.querySelector<HTMLElement>(`table > tbody > tr[data-compare-row="${key}"]`)!;
          return [key, { differs: row.querySelector('th')!.textContent!.includes('Differs'), background: getComputedStyle(row).backgroundColor }];
        }),
      ),
    );
    // 37249 is an add-on code and 37248 is not; both are in one family.
    expect([rows.addOn!.differs, rows.family!.differs], `${engine}: "Differs" on the add-on row only`).toEqual([true, false]);
    expect(rows.addOn!.background, `${engine}: the differing row is shaded`).not.toBe(rows.family!.background);
    await driver.screenshot(join(SCREENSHOTS, `${engine}-compare.png`));
    await expectNoProblems(driver, limits, compareUrl(...COMPARED));
  });

  test('handout: an address with two codes renders both codes\' sections', async () => {
    const driver = get();
    const route = () => handoutUrl(`?${new URLSearchParams({ [HANDOUT_PARAMS.codes]: COMPARED.join(',') })}`);
    await driver.goto(at(route));
    const shown = await until('both codes on the sheet, with their sections', () =>
      driver.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('article[data-handout] [data-handout-code]')].map((part) => ({
          code: part.dataset.handoutCode!,
          sections: [...part.querySelectorAll<HTMLElement>('[data-handout-section]')].filter((s) => s.innerText.trim().length > 40).length,
        })),
      ),
      (found) => found.length === COMPARED.length && found.every((f) => f.sections > 0),
    );
    expect(shown.map((s) => s.code), `${engine}: the handout's codes, in order`).toEqual(COMPARED);
    await driver.screenshot(join(SCREENSHOTS, `${engine}-handout.png`));
    // Rich copy needs the write to start within the click, while the copy's code still loads.
    await driver.click('[data-handout-copy-documents]');
    await until('"Handout copied for documents"', () => driver.evaluate(() => document.querySelector('[data-handout-copy-status]')!.textContent!.trim()), (said) => said === 'Handout copied for documents');
    await expectNoProblems(driver, limits, route());
  });
}

function subpathTests(get: () => EngineDriver, at: At, site: ServedSite) {
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
