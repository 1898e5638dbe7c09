import { expect, test, type Page } from '../support/test';
import { contentCodes } from '../support/content';
import { headerSearch, suggestionMessage, suggestionStatus, suggestions, watchForErrors } from '../support/search';
import { cleanQuery } from '../../src/shared/search/query';
import { codeUrl, searchUrl } from '../../src/shared/urls';

const codes = contentCodes();

/** Queries that match nothing in any content, each of them a way search inputs go wrong. */
const NOTHING_TO_FIND: [label: string, query: string][] = [
  ['a script tag', '<script>window.__pwned=1</script>'],
  ['a template expression', '{{constructor.constructor("window.__pwned=4")()}}'],
  ['a template literal', '${alert(1)}'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['10,000 characters', 'x'.repeat(10_000)],
  ['an emoji', '👩‍⚕️'],
  ['CJK text', '糖尿病'],
  ['right-to-left text', 'ديابيتيس'],
  ['only punctuation', '***'],
  ['regex characters', '.*+?^$[](){}|\\'],
  ['unbalanced brackets', '(((((((((('],
];
/** Queries that may match something, but must never run or inject markup. */
const MARKUP: [label: string, query: string][] = [
  ['an image with onerror', '"><img src=x onerror=window.__pwned=2>'],
  ['an svg with onload', '<svg onload=window.__pwned=3>'],
  ['a closing tag', '</form><b>bold</b>'],
];

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = watchForErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

/** Nothing from the query became markup, ran, or pushed the page sideways. */
async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`),
    ),
  );
  expect(injected).toEqual([]);
  // The printed page's own QR image (in its print-only block) is the site's, not the query's.
  const markup = await page.evaluate(() =>
    [...document.querySelectorAll('main img, main svg, main b, header img, header svg, header b, [data-search-results] script')]
      .filter((el) => !el.closest('[data-print-source]'))
      .map((el) => el.outerHTML),
  );
  expect(markup).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

// One page load for every query: the box must stay usable from one hostile query to the next.
test('search box: each query that matches nothing gives a clear "no results", and the box stays usable', async ({ page }) => {
  await page.goto(codeUrl(codes[0]!.code));
  for (const [label, query] of NOTHING_TO_FIND) {
    await headerSearch(page).click();
    await headerSearch(page).fill(query);
    await expect(suggestionMessage(page), label).toHaveText(`No results for “${cleanQuery(query)}”.`);
    await expect(suggestions(page), label).toBeHidden();
    await expectNothingInjected(page);
    await headerSearch(page).fill('still editable');
    await expect(headerSearch(page), label).toHaveValue('still editable');
  }
});

for (const [label, query] of NOTHING_TO_FIND) {
  test(`search page: ${label} in a link gives a clear "no results"`, async ({ page }) => {
    await page.goto(searchUrl(query));
    await expect(page.locator('[data-search-summary]')).toHaveText(`No results for “${cleanQuery(query)}”.`);
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    await expect(page.locator('#search-page-query')).toHaveValue(query);
    await expectNothingInjected(page);
  });
}

for (const [label, query] of MARKUP) {
  test(`${label} is searched as text in the box and on the page`, async ({ page }) => {
    await page.goto(codeUrl(codes[0]!.code));
    await headerSearch(page).click();
    await headerSearch(page).fill(query);
    await expect(suggestionStatus(page)).toContainText(cleanQuery(query));
    await expectNothingInjected(page);
    await page.goto(searchUrl(query));
    await expect(page.locator('[data-search-summary]')).toContainText(`“${cleanQuery(query)}”`);
    await expectNothingInjected(page);
  });
}

test('an empty query shows nothing in the box and a prompt on the page', async ({ page }) => {
  await page.goto(codeUrl(codes[0]!.code));
  await headerSearch(page).click();
  await headerSearch(page).fill('vein');
  await expect(suggestions(page)).toBeVisible();
  await headerSearch(page).fill('   ');
  await expect(page.getByRole('banner').locator('[data-search-panel]')).toBeHidden();
  await page.goto(searchUrl());
  await expect(page.locator('[data-search-summary]')).toHaveText(/^Type a code/);
  await expectNothingInjected(page);
});

test('bidi marks and full-width letters find what the plain word finds', async ({ page }) => {
  const word = codes[0]!.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
  const fullWidth = [...word].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
  const count = async (query: string) => {
    await page.goto(searchUrl(query));
    await expect(page.locator('[data-search-summary]')).toContainText('result');
    return page.locator('[data-search-results] li').count();
  };
  const plain = await count(word);
  expect(plain).toBeGreaterThan(0);
  expect(await count(`\u202E${word}\u200B`)).toBe(plain);
  expect(await count(fullWidth)).toBe(plain);
});
