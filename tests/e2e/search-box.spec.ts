import { expect, test, type Page } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { headerSearch, suggestedCodes, suggestionMessage, suggestionStatus, suggestions, watchForErrors } from '../support/search';
import { codeDirectoryUrl, codeUrl, familyUrl, modifierUrl, pagefindBaseUrl, searchUrl, withBase, wordSuggestionsUrl } from '../../src/shared/urls';
import { DEBOUNCE_MS, FULL_SEARCH_PAUSE_MS } from '../../src/shared/search/search-box-state';

const codes = contentCodes();
const allCodes = codes.map((c) => c.code).sort();
const first = codes[0]!;
/** A word every reader of the content would search for: the longest word of a code's title. */
const titleWord = (title: string) => title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
/** The first four characters shared by the most codes, so a prefix search has several answers. */
const prefix = [...new Set(allCodes.map((c) => c.slice(0, 4)))].sort(
  (a, b) => allCodes.filter((c) => c.startsWith(b)).length - allCodes.filter((c) => c.startsWith(a)).length,
)[0]!;
const withPrefix = allCodes.filter((c) => c.startsWith(prefix));

/** The codes whose title holds every one of the words, in code order: the word index lists them first. */
const withTitleWords = (...words: string[]) => codes.filter((c) => words.every((w) => c.title.toLowerCase().split(/\W+/).includes(w))).map((c) => c.code).sort();

/** Holds every Pagefind download until the returned function is called, so the word index's suggestions can be seen alone. */
async function holdPagefind(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${pagefindBaseUrl()}**`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

let errors: string[] = [];
test.beforeEach(async ({ page }) => {
  errors = watchForErrors(page);
  await page.goto(codeUrl(first.code));
});
test.afterEach(() => expect(errors).toEqual([]));

test('results appear while typing, with code, title and the matching words marked', async ({ page }) => {
  const word = titleWord(first.title);
  await headerSearch(page).click();
  await page.keyboard.type(word);
  const option = suggestions(page).getByRole('option').filter({ hasText: first.title });
  await expect(option).toBeVisible();
  await expect(option).toContainText(first.code);
  await expect(option.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  await expect(headerSearch(page)).toHaveAttribute('aria-expanded', 'true');
});

test('"/" and Ctrl+K move focus to the search box; "/" typed in the box stays text', async ({ page }) => {
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(headerSearch(page)).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(headerSearch(page)).toHaveValue('a/b');
  await page.locator('h1').click();
  await expect(headerSearch(page)).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(headerSearch(page)).toBeFocused();
});

test('arrow keys move through results and Enter opens the chosen one', { tag: '@base-path' }, async ({ page }) => {
  await headerSearch(page).click();
  await page.keyboard.type(prefix);
  await expect(suggestions(page).getByRole('option')).toHaveCount(withPrefix.length);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = suggestions(page).getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(headerSearch(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(codeUrl(withPrefix[1]!));
});

test('Escape closes the suggestions', async ({ page }) => {
  await headerSearch(page).click();
  await page.keyboard.type(prefix);
  await expect(suggestions(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(suggestions(page)).toBeHidden();
  await expect(headerSearch(page)).toHaveAttribute('aria-expanded', 'false');
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Held back until Escape has been pressed, as on a slow connection: the answer, or the search code itself.
const heldUntilEscape = [
  ['the answer', () => new RegExp(`${escapeRegExp(codeDirectoryUrl(prefix.slice(0, 2)))}$`)],
  ['the search code', () => /\/search-box\.[^/]*\.js$/],
] as const;

for (const [what, held] of heldUntilEscape) {
  test(`Escape keeps the suggestions closed when ${what} comes after it`, async ({ page }) => {
    let release!: () => void;
    const escaped = new Promise<void>((resolve) => (release = resolve));
    await page.route(held(), async (route) => {
      await escaped;
      await route.continue();
    });
    await headerSearch(page).click();
    await page.keyboard.type(prefix);
    await page.keyboard.press('Escape');
    release();
    await expect(suggestionStatus(page)).toContainText(`“${prefix}”`);
    await expect(suggestions(page)).toBeHidden();
    await expect(headerSearch(page)).toHaveAttribute('aria-expanded', 'false');
    // The answer is there for the reader who asks for it again.
    await page.keyboard.press('ArrowDown');
    await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  });
}

for (const typed of ['{code}', ' {code} ', '+{code}', 'cpt {code}']) {
  // The spellings differ only in how the query is read; one of them is enough to open a page under a base path.
  test(`"${typed}" lists that code first and Enter opens its page`, typed === '{code}' ? { tag: '@base-path' } : {}, async ({ page }) => {
    const code = codes.at(-1)!.code;
    await headerSearch(page).click();
    await page.keyboard.type(typed.replace('{code}', code));
    await expect.poll(async () => (await suggestedCodes(page))[0]).toBe(code);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(codeUrl(code));
  });
}

test('a code typed and entered at once still opens its page', { tag: '@base-path' }, async ({ page }) => {
  const code = codes.at(-1)!.code;
  await headerSearch(page).fill(code);
  await headerSearch(page).press('Enter');
  await expect(page).toHaveURL(codeUrl(code));
});

test('a code entered before the search code has loaded still opens its page', { tag: '@base-path' }, async ({ page }) => {
  const code = codes.at(-1)!.code;
  // Hold the search chunk back until Enter has been pressed, as on a slow connection.
  let release!: () => void;
  const entered = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/search-box\.[^/]*\.js$/, async (route) => {
    await entered;
    await route.continue();
  });
  await headerSearch(page).fill(code);
  await headerSearch(page).press('Enter');
  release();
  await expect(page).toHaveURL(codeUrl(code));
});

test('a code typed before the page scripts ran, and entered before the search code loaded, still opens its page', { tag: '@base-path' }, async ({ page }) => {
  const code = codes.at(-1)!.code;
  // On a slow page the reader is in the box before the search box's script runs (so no focus
  // event reaches it), and presses Enter before the search code has come.
  const held = async (pattern: RegExp) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(pattern, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  };
  const releaseLoader = await held(/\/SearchForm\.astro[^/]*\.js$/);
  const releaseSearchCode = await held(/\/search-box\.[^/]*\.js$/);
  await page.goto(codeUrl(first.code), { waitUntil: 'commit' });
  await headerSearch(page).fill(code);
  releaseLoader();
  // The page's module scripts have run once DOMContentLoaded has fired (readyState turns
  // "interactive" before they run, and Enter then would be a plain form submission).
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd! > 0);
  await headerSearch(page).press('Enter');
  releaseSearchCode();
  await expect(page).toHaveURL(codeUrl(code));
});

test('two characters bring suggestions; back to one character, they close', async ({ page }) => {
  await headerSearch(page).click();
  await page.keyboard.type(prefix.slice(0, 2));
  await expect(suggestions(page).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('banner').locator('[data-search-panel]')).toBeHidden();
  await expect(headerSearch(page)).toHaveAttribute('aria-expanded', 'false');
});

test('a code prefix lists its codes in code order', async ({ page }) => {
  await headerSearch(page).click();
  await page.keyboard.type(prefix);
  await expect.poll(() => suggestedCodes(page)).toEqual(withPrefix);
});

test('a code with no page is labelled "no exact match" and Enter goes to the search page', { tag: '@base-path' }, async ({ page }) => {
  const missing = [...Array(10).keys()].map((d) => `${prefix}${d}`).find((c) => !allCodes.includes(c))!;
  await headerSearch(page).click();
  await page.keyboard.type(missing);
  await expect(suggestionMessage(page)).toContainText(`No exact match: there is no page for ${missing}`);
  await expect(suggestionStatus(page)).toContainText(`No exact match: there is no page for ${missing}`);
  expect(await suggestedCodes(page)).toEqual(withPrefix);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(searchUrl(missing));
});

test('an over-long code shows its nearest codes labelled as no exact match', async ({ page }) => {
  const code = first.code;
  await headerSearch(page).click();
  await page.keyboard.type(`${code}0`);
  await expect(suggestionMessage(page)).toContainText(`No exact match: there is no page for ${code}0`);
  expect(await suggestedCodes(page)).toContain(code);
});

test('opening a result highlights the searched words on the page', { tag: '@base-path' }, async ({ page }) => {
  const target = codes.at(-1)!;
  const word = titleWord(target.title);
  await headerSearch(page).click();
  await page.keyboard.type(word);
  await suggestions(page).getByRole('option').filter({ hasText: target.title }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*${codeUrl(target.code)}\\?highlight=${word}`));
  const marks = page.locator('article mark.search-highlight');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).every((text) => text.toLowerCase() === word)).toBe(true);
  // Marks are styled by the site's CSS, not by a <style> element Pagefind would inject.
  expect(await page.locator('style').count()).toBe(0);
});

/** Paths the page requests from now on. */
function requestedPaths(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return requested;
}
const codeDirectoryPath = () => withBase('/search/codes/');
const isSearchAsset = (path: string) => path.startsWith(pagefindBaseUrl()) || path.startsWith(codeDirectoryPath()) || /search-box|engine|render-hit/.test(path);

test('a page loads no search code or index until the box is focused', { tag: '@base-path' }, async ({ page }) => {
  const requested = requestedPaths(page);
  // By the load event every script of the page has run, and anything it fetched unasked had started.
  await page.goto(codeUrl(codes.at(-1)!.code), { waitUntil: 'load' });
  expect(requested.filter(isSearchAsset)).toEqual([]);
  await headerSearch(page).focus();
  await expect.poll(() => requested.some((path) => /search-box/.test(path))).toBe(true);
});

test('a code search downloads one small code directory file and not the full-text engine', { tag: '@base-path' }, async ({ page }) => {
  const code = codes.at(-1)!.code;
  const requested = requestedPaths(page);
  await headerSearch(page).click();
  await page.keyboard.type(code);
  await expect.poll(async () => (await suggestedCodes(page))[0]).toBe(code);
  // Answered for the whole code, not a prefix: every download its keystrokes start has started.
  await expect(suggestionStatus(page)).toContainText(`“${code}”`);
  expect(requested.filter((path) => path.startsWith(codeDirectoryPath()))).toEqual([codeDirectoryUrl(code.slice(0, 2))]);
  expect(requested.filter((path) => path.startsWith(pagefindBaseUrl()))).toEqual([]);
});

test('the code directory built with the site lists every code once, with its title and no address to download', { tag: '@base-path' }, async ({ request }) => {
  for (const c of codes) {
    const shard = (await (await request.get(codeDirectoryUrl(c.code.slice(0, 2)))).json()) as { code?: string; title: string }[];
    expect(shard.filter((entry) => entry.code === c.code)).toEqual([{ code: c.code, title: c.title, lead: expect.any(String) }]);
  }
});

test('a word in code titles is answered from the small word index alone, without Pagefind; Enter searches every page', { tag: '@base-path' }, async ({ page }) => {
  const word = 'vessel';
  const inTitle = withTitleWords(word);
  // The page's own clock, so the pause before a full-text search passes as the test says.
  await page.clock.install();
  await page.goto(codeUrl(first.code));
  const requested = requestedPaths(page);
  await headerSearch(page).click();
  await page.keyboard.type(word);
  await page.clock.runFor(DEBOUNCE_MS);
  await expect(suggestionStatus(page)).toContainText(`Codes whose title or summary has “${word}”`);
  // Codes with the word in their title first, in code order, as the word index ranks them.
  expect((await suggestedCodes(page)).slice(0, inTitle.length)).toEqual(inTitle);
  await expect(suggestions(page).locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  expect(requested.filter((path) => path.startsWith(withBase('/search/word-suggestions/')))).toEqual([wordSuggestionsUrl('ve')]);
  // Past the full-text pause, when a search Pagefind answered would have started.
  await page.clock.runFor(FULL_SEARCH_PAUSE_MS * 2);
  const fullText = requested.filter((path) => path.startsWith(pagefindBaseUrl()) || /engine/.test(path));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(searchUrl(word));
  expect(fullText).toEqual([]);
});

test('a glossary word gets first suggestions from the word index until Pagefind replaces them', { tag: '@base-path' }, async ({ page }) => {
  const word = 'angioplasty';
  const inTitle = withTitleWords(word);
  const release = await holdPagefind(page);
  await headerSearch(page).click();
  await page.keyboard.type(word);
  await expect(suggestionStatus(page)).toContainText(`First suggestions for “${word}”`);
  expect((await suggestedCodes(page)).slice(0, inTitle.length)).toEqual(inTitle);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  release();
  await expect(suggestionStatus(page)).toContainText(new RegExp(`\\d+ results? for “${word}”, also searching`));
  // The full answer replaced the list; the suggestion the user had moved to is still the chosen one.
  await expect(suggestions(page).getByRole('option', { selected: true })).toHaveAttribute('data-search-hit', inTitle[0]!);
  expect(await suggestedCodes(page)).toEqual(expect.arrayContaining(inTitle));
});

test('several words get first suggestions from the word index at once, then Pagefind\'s answer', { tag: '@base-path' }, async ({ page }) => {
  const words = ['balloon', 'angioplasty'];
  const inTitle = withTitleWords(...words);
  const release = await holdPagefind(page);
  await headerSearch(page).click();
  // The last word typed in part: it is taken as the start of a word, as Pagefind takes it.
  await page.keyboard.type(`${words[0]} ${words[1]!.slice(0, 6)}`);
  await expect(suggestionStatus(page)).toContainText(`First suggestions for “${words[0]} ${words[1]!.slice(0, 6)}”`);
  await page.keyboard.type(words[1]!.slice(6));
  const query = words.join(' ');
  await expect(suggestionStatus(page)).toContainText(`First suggestions for “${query}”`);
  // Pages with both words in their title lead, in code order; every suggestion holds both words.
  expect(inTitle.length).toBeGreaterThan(0);
  expect((await suggestedCodes(page)).slice(0, inTitle.length)).toEqual(inTitle);
  const marked = (await suggestions(page).getByRole('option').first().locator('mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marked).toEqual(expect.arrayContaining(words));
  release();
  await expect(suggestionStatus(page)).toContainText(new RegExp(`\\d+ results? for “${query}”`));
  expect(await suggestedCodes(page)).toEqual(expect.arrayContaining(inTitle));
});

test('several words start loading the full-text engine at the space; one word does not', { tag: '@base-path' }, async ({ page }) => {
  const requested = requestedPaths(page);
  await headerSearch(page).click();
  await page.keyboard.type('vein');
  await expect(suggestionStatus(page)).toContainText('“vein”');
  expect(requested.filter((path) => path.startsWith(pagefindBaseUrl()))).toEqual([]);
  await page.keyboard.type(' s');
  await expect.poll(() => requested.some((path) => path === `${pagefindBaseUrl()}pagefind.js`)).toBe(true);
});

test('"cpt" before a code loads no word search, even after a pause: the code answers from its shard alone', async ({ page }) => {
  // The page's own clock, so a pause is as long as the test says, however busy the machine is.
  await page.clock.install();
  await page.goto(codeUrl(first.code));
  const requested = requestedPaths(page);
  await headerSearch(page).click();
  // The pauses are the point: a coder may stop after "cpt", and after the number's first digit.
  for (const typed of ['cpt', ` ${first.code[0]}`, first.code.slice(1)]) {
    await page.keyboard.type(typed);
    await page.clock.runFor(DEBOUNCE_MS * 3);
  }
  await expect.poll(async () => (await suggestedCodes(page))[0]).toBe(first.code);
  await expect(suggestionStatus(page)).toContainText(`“cpt ${first.code}”`);
  expect(requested.filter((path) => path.startsWith(pagefindBaseUrl()) || /engine/.test(path))).toEqual([]);
});

test('a modifier typed exactly lists its page first, and a family name finds the family page', { tag: '@base-path' }, async ({ page }) => {
  const modifier = Object.keys(contentData('modifiers'))[0]!;
  await headerSearch(page).click();
  await page.keyboard.type(modifier);
  await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('href', modifierUrl(modifier));
  const families = contentData<{ name: string }>('families');
  await headerSearch(page).fill(families[first.family]!.name);
  await expect(suggestions(page).locator(`[href^="${familyUrl(first.family)}"]`)).toBeVisible();
});
