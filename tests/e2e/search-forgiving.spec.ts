import { expect, test, type Page } from '../support/test';
import { headerSearch, suggestedCodes, suggestionMessage, suggestions, watchForErrors } from '../support/search';
import { codeUrl, familyUrl, pagefindBaseUrl, searchUrl, searchVocabularyUrl, searchWordsUrl } from '../../src/shared/urls';

// The five pages' own words: 37244 is about hemorrhage, 37253 about intravascular ultrasound.
let errors: string[] = [];
let requested: string[] = [];
test.beforeEach(async ({ page }) => {
  errors = watchForErrors(page);
  requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(codeUrl('37248'));
});
test.afterEach(() => expect(errors).toEqual([]));

async function typeInBox(page: Page, text: string) {
  await headerSearch(page).click();
  await page.keyboard.type(text);
}

test('a British spelling finds the pages of its term, and the box says what it searched', { tag: '@base-path' }, async ({ page }) => {
  // Filled at once: typed letter by letter, a prefix such as "haem" finds nothing and may fetch the word list.
  await headerSearch(page).click();
  await headerSearch(page).fill('haemorrhage');
  await expect(suggestionMessage(page)).toContainText('Showing results for “hemorrhage”');
  expect(await suggestedCodes(page)).toContain('37244');
  expect(requested).not.toContain(searchWordsUrl());
});

test('a misspelling shows the nearest indexed word\'s results with "Did you mean" as a link', { tag: '@base-path' }, async ({ page }) => {
  await typeInBox(page, 'ultrasond');
  const link = suggestionMessage(page).getByRole('link', { name: 'ultrasound' });
  await expect(link).toHaveAttribute('href', searchUrl('ultrasound'));
  expect(await suggestedCodes(page)).toContain('37253');
  expect(requested).toContain(searchWordsUrl());
  await link.click();
  await expect(page).toHaveURL(searchUrl('ultrasound'));
  await expect(page.locator('[data-search-summary]')).toContainText('for “ultrasound”');
});

test('words no page holds together list the pages holding some of them, labelled partial', async ({ page }) => {
  await typeInBox(page, 'venous stent');
  await expect(suggestionMessage(page)).toContainText('partial matches');
  const first = suggestions(page).getByRole('option').first();
  await expect(first.locator('[data-partial-match]')).toHaveText(/^Partial match: (venous|stent)/);
});

test('"37 249" is the code 37249, answered from its code-directory shard alone', async ({ page }) => {
  await typeInBox(page, '37 249');
  await expect.poll(async () => (await suggestedCodes(page))[0]).toBe('37249');
  expect(requested.filter((path) => path.startsWith(pagefindBaseUrl()) || path === searchVocabularyUrl() || path === searchWordsUrl())).toEqual([]);
});

test('a word query lists code pages before the family page, unless it names the family', async ({ page }) => {
  await typeInBox(page, 'external iliac');
  await expect.poll(async () => (await suggestedCodes(page))[0]).toBe('37257');
  await headerSearch(page).fill('');
  await page.keyboard.type('Iliac artery revascularization');
  await expect(suggestions(page).getByRole('option').first()).toContainText('Code family: Iliac artery revascularization');
});

/** The pages the box suggests, in order, by address (highlight parameters left off). */
const suggestedPages = (page: Page) =>
  suggestions(page)
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => new URL((option as HTMLAnchorElement).href).pathname));

// Pinned as main answered them before the box stopped making a second, sorted Pagefind search per
// query to tell code pages from the others (issue 24): Pagefind's relevance among code pages, then
// the family page; a glossary form ("PTA", "IVUS") searched beside the words; pages holding most
// of the words when no page holds all three. A function: addresses follow the project's base path.
const multiWordAnswers = (): [string, string[]][] => [
  ['iliac artery', [codeUrl('37257'), familyUrl('iliac-revascularization')]],
  ['balloon angioplasty', [codeUrl('37248'), codeUrl('37249'), codeUrl('37257'), codeUrl('37253'), familyUrl('venous-angioplasty')]],
  ['intravascular ultrasound', [codeUrl('37253'), familyUrl('intravascular-ultrasound')]],
  ['vein stent placement', [codeUrl('37253'), codeUrl('37257'), familyUrl('venous-angioplasty'), codeUrl('37248'), codeUrl('37249'), codeUrl('37244')]],
];

test('several words list the same pages in the same order, with one Pagefind search for the words and no filter index', { tag: '@base-path' }, async ({ page }) => {
  // Counts the searches sent to Pagefind's worker, by their words (null: a search for no words).
  await page.addInitScript(() => {
    const searched: (string | null)[] = ((window as unknown as { searched: (string | null)[] }).searched = []);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const message = args[0] as { method?: string; args?: unknown[] } | undefined;
      if (message?.method === 'search') searched.push(message.args?.[0] as string | null);
      post.apply(this, args as Parameters<Worker['postMessage']>);
    };
  });
  await page.reload();
  for (const [query, pages] of multiWordAnswers()) {
    await headerSearch(page).fill('');
    await typeInBox(page, query);
    await expect.poll(() => suggestedPages(page)).toEqual(pages);
  }
  const searched = await page.evaluate(() => (window as unknown as { searched: (string | null)[] }).searched);
  expect(searched.filter((term) => term === 'balloon angioplasty')).toHaveLength(1);
  expect(searched.filter((term) => term === null)).toHaveLength(1);
  // The box was emptied before each query: that searches nothing, so Pagefind never loads its
  // filter index, whose counts would then slow every later search.
  expect(requested.filter((path) => path.startsWith(`${pagefindBaseUrl()}filter/`))).toEqual([]);
});

test('a 200-character misspelling is answered without freezing the page', async ({ page }) => {
  await headerSearch(page).fill(`${'ultrasondx'.repeat(3)} ${'q'.repeat(169)}`);
  await expect(suggestionMessage(page)).toContainText('No results');
  await expect(headerSearch(page)).toBeEditable();
});

test('the search page forgives in the same way, ranking code pages first', { tag: '@base-path' }, async ({ page }) => {
  await page.goto(searchUrl('angioplsty'));
  const summary = page.locator('[data-search-summary]');
  await expect(summary.getByRole('link', { name: 'angioplasty' })).toBeVisible();
  const codes = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['searchHit']));
  // The three angioplasty codes lead; pages without a code (modifiers, families) only follow.
  expect(codes.slice(0, 3).sort()).toEqual(['37248', '37249', '37257']);
  expect(codes.slice(codes.indexOf('')).every((code) => code === '')).toBe(true);
  await page.goto(searchUrl('haemorrhage'));
  await expect(summary).toContainText('Showing results for “hemorrhage”');
  await page.goto(searchUrl('venous stent'));
  await expect(summary).toContainText('partial matches');
  await expect(page.locator('[data-search-results] [data-partial-match]').first()).toBeVisible();
  await page.goto(searchUrl('dialysis circuit'));
  await expect(summary).not.toBeEmpty();
  await expect(page.locator('[data-search-results] a').first()).toHaveAttribute('data-search-hit', /^\d{4}[0-9A-Z]$/);
});
