import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SCREENSHOTS } from './screenshots';
import { expectNoProblems, first, type SuiteContext } from './suite-context';
import { until, untilShown } from './waits';
import { codeUrl, compareUrl, handoutUrl, homeUrl, practiceUrl } from '../../src/shared/urls';
import { THEME_ATTRIBUTE, THEME_SELECT, THEME_STORAGE_KEY } from '../../src/theme/theme';
import { PAPER, PAPER_DARK } from '../support/theme-colours';
import { practiceSetQuery } from '../../src/shared/practice/practice-set';
import { readExpectedAttribute } from '../../src/shared/practice/expected-attribute';
import { HANDOUT_PARAMS } from '../../src/shared/handout';

const COMPARED = ['37248', '37249'];

/** The theme switch, practice, compare and handout pages: what each shows after the reader's action. */
export function readerToolTests(context: SuiteContext) {
  themeTests(context);
  practiceTests(context);
  compareTests(context);
  handoutTests(context);
}

function themeTests({ driver: get, at, engine, limits }: SuiteContext) {
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
}

function practiceTests({ driver: get, at, engine, limits }: SuiteContext) {
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
}

function compareTests({ driver: get, at, engine, limits }: SuiteContext) {
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
}

function handoutTests({ driver: get, at, engine, limits }: SuiteContext) {
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
