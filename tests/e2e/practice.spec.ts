import { expect, test, type Locator, type Page } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { chooserPaths } from '../../src/choosers/chooser-paths';
import { chooserSchema } from '../../src/choosers/chooser-schema';
import { seededShuffle } from '../../src/shared/practice/seeded-order';
import { practiceSetQuery } from '../../src/shared/practice/practice-set';
import { readExpectedAttribute } from '../../src/shared/practice/expected-attribute';
import { QUESTIONS_PER_VIEW, readQuestionIndex, type IndexEntry, type IndexedQuestion } from '../../src/shared/practice/question-index';
import { codeUrl, familyUrl, pinnedCodeUrl, practiceFamilyUrl, practiceIndexUrl, practiceUrl } from '../../src/shared/urls';
import { keptEditions } from '../support/editions';
import { currentEdition } from '../../src/site/site-config';

/** The families' choosers as the content writes them, with every walk that ends at a code. */
const choosers = Object.entries(contentData<{ chooser?: unknown }>('families')).flatMap(([id, family]) =>
  family.chooser ? [{ id, paths: chooserPaths(chooserSchema.parse(family.chooser)) }] : [],
);
const longest = choosers.flatMap((c) => c.paths.map((path, i) => ({ family: c.id, path, index: i }))).sort((a, b) => b.path.steps.length - a.path.steps.length)[0]!;

/** Every question of the site in page order, as the practice page's index files list them (the page must be open). */
async function questionIndex(page: Page): Promise<IndexedQuestion[]> {
  const files = Number(await page.locator('[data-practice-set]').getAttribute('data-index-files'));
  const entries = await Promise.all(Array.from({ length: files }, async (_, i) => (await (await page.request.get(practiceIndexUrl(i + 1))).json()) as IndexEntry[]));
  return readQuestionIndex(entries.flat());
}

const viewIds = (page: Page) => page.locator('[data-practice-questions] > [data-question]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.question!));

/** The set's questions in order, read view by view with "Next questions"; each new view's heading takes the focus. */
async function setIds(page: Page): Promise<string[]> {
  const heading = page.locator('[data-practice-view-heading]');
  const next = page.getByRole('button', { name: 'Next questions' });
  const ids: string[] = [];
  for (;;) {
    await expect(heading).toHaveText(new RegExp(`^Questions ${ids.length + 1} to \\d+ of \\d+$`));
    if (ids.length) await expect(heading).toBeFocused();
    const view = await viewIds(page);
    expect(view.length).toBeLessThanOrEqual(QUESTIONS_PER_VIEW);
    ids.push(...view);
    if (!(await next.isVisible()) || (await next.isDisabled())) return ids;
    await next.click();
  }
}

async function answer(question: Locator, typed: string) {
  await question.getByLabel('Codes and units to report').fill(typed);
  await question.getByRole('button', { name: 'Check answer' }).click();
  return question.locator('[data-practice-result]');
}

test('@base-path a worked example is checked code by code in every accepted form, announced, with focus on the result', async ({ page }) => {
  await page.goto(practiceUrl());
  // A question whose answer has two codes and more than one unit of one of them exercises every verdict.
  const question = page.locator('[data-question]').filter({ has: page.locator('form') }).and(page.locator('[data-expected*=" "]')).first();
  const expected = readExpectedAttribute((await question.getAttribute('data-expected'))!);
  const [first, second] = [expected[0]!, expected.find((e) => e.units > 1) ?? expected[1]!];
  const rest = expected.filter((e) => e !== first && e !== second).map((e) => `${e.code} x${e.units}`);
  const live = page.locator('[data-practice-live]');

  for (const typed of [
    [`${first.code}`, `${second.code} x${second.units}`, ...rest].join(', '),
    [`${first.code}`, `${second.code} ×${second.units}`, ...rest].join('\n'),
    [`${first.code}`, `${second.code}-${second.units}`, ...rest].join('\n'),
  ]) {
    const result = await answer(question, typed);
    await expect(result).toContainText('Correct.');
    await expect(result).toBeFocused();
    await expect(live).toHaveText(/^Correct\./);
    await expect(question.locator('details[data-practice-answer]')).toHaveAttribute('open', '');
  }

  const partial = await answer(question, `${second.code} x${second.units + 1}, 99999`);
  await expect(partial).toContainText('Not yet');
  await expect(partial).toContainText(`${first.code}: missing`);
  await expect(partial).toContainText(`${second.code}: right code, wrong number of units (${second.units + 1} units given`);
  await expect(partial).toContainText('99999: not reported for this case');
  await expect(live).toContainText(`${first.code}: missing`);

  // From the keyboard: Ctrl+Enter in the field checks, as the button does.
  const field = question.getByLabel('Codes and units to report');
  await field.fill(`${first.code}\n${second.code} x${second.units}${rest.length ? `\n${rest.join('\n')}` : ''}`);
  await field.press('Control+Enter');
  await expect(question.locator('[data-practice-result]')).toBeFocused();
  await expect(live).toHaveText(/^Correct\./);

  // Nothing readable: the learner is told, and stays in the field.
  const empty = await answer(question, 'angioplasty');
  await expect(empty).toContainText('Type at least one code to check.');
  await expect(question.getByLabel('Codes and units to report')).toBeFocused();
  // The rationale links to the pages the question was written against: each code's pinned page
  // where the current edition keeps it (the main build keeps all of them), at a section.
  const edition = keptEditions().find((e) => e.year === currentEdition())!;
  const sources = await question.locator('details a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    const [, code] = /\/codes\/(\d{4}[\dFTU])\/#[a-z-]+$/.exec(source) ?? [];
    expect(code, source).toBeDefined();
    expect(edition.codes).toContain(code);
    expect(source.startsWith(pinnedCodeUrl(edition.year, code!)), source).toBe(true);
  }
});

test('@base-path a set address selects by family or by code, shown a view at a time, and its seed gives everyone the same order', async ({ page, browser }) => {
  await page.goto(practiceUrl());
  const all = await questionIndex(page);
  expect(all.length).toBeGreaterThan(QUESTIONS_PER_VIEW);
  expect(await setIds(page)).toEqual(all.map((q) => q.id));
  await page.getByRole('button', { name: 'Previous questions' }).click();
  await expect(page.locator('[data-practice-view-heading]')).toHaveText(`Questions 1 to ${QUESTIONS_PER_VIEW} of ${all.length}`);
  await expect(page.getByRole('button', { name: 'Previous questions' })).toBeDisabled();

  // A shuffled set spreads over several families: the first view takes its questions from several family pages.
  const seeded = practiceUrl(practiceSetQuery({ codes: [], seed: 'week-3' }));
  const familyPages = new Set<string>();
  page.on('request', (request) => familyPages.add(new URL(request.url()).pathname.match(/\/practice\/[a-z0-9-]+\/(\d+\/)?$/)?.[0] ?? ''));
  await page.goto(seeded);
  const order = await setIds(page);
  expect(order).toEqual(seededShuffle(all.map((q) => q.id), 'week-3'));
  expect(order).not.toEqual(all.map((q) => q.id));
  const firstView = new Set(all.filter((q) => order.slice(0, QUESTIONS_PER_VIEW).includes(q.id)).map((q) => q.family));
  expect(firstView.size).toBeGreaterThan(1);
  familyPages.delete('');
  expect(familyPages.size).toBeGreaterThanOrEqual(firstView.size);
  // Someone else opening the same address, in a browser of their own, gets the same order.
  const other = await browser.newPage();
  await other.goto(seeded);
  expect(await setIds(other)).toEqual(order);
  await other.close();

  const family = longest.family;
  await page.goto(practiceUrl(practiceSetQuery({ family, codes: [] })));
  expect(await setIds(page)).toEqual(all.filter((q) => q.family === family).map((q) => q.id));
  await expect(page.locator('[data-practice-set-summary]')).toContainText(`family ${family}`);

  const code = contentCodes().at(-1)!.code;
  await page.goto(practiceUrl(practiceSetQuery({ codes: [code] })));
  expect(await setIds(page)).toEqual(all.filter((q) => q.codes.includes(code)).map((q) => q.id));

  await page.goto(practiceUrl(practiceSetQuery({ family: 'no-such-family', codes: [] })));
  await expect(page.locator('[data-practice-empty]')).toBeVisible();
});

test('progress is kept in the browser across visits, lists missed questions, even in another view, and can be cleared', async ({ page }) => {
  await page.goto(practiceUrl());
  const all = await questionIndex(page);
  const total = all.length;
  const right = page.locator('[data-practice-questions] > [data-question]').first();
  await answer(right, readExpectedAttribute((await right.getAttribute('data-expected'))!).map((e) => `${e.code} x${e.units}`).join(', '));
  await page.getByRole('button', { name: 'Next questions' }).click();
  // The last question of the set sits in a later view than the first.
  const missed = page.locator(`[data-question="${all.at(-1)!.id}"]`);
  await answer(missed, '99999');
  const score = page.locator('[data-practice-score]');
  await expect(score).toHaveText(`Answered right: 1 of ${total}. Missed: 1.`);
  // Back in the first view, the question answered before keeps its result.
  await page.getByRole('button', { name: 'Previous questions' }).click();
  await expect(right.locator('[data-practice-result]')).toContainText('Correct.');

  await page.reload();
  await expect(score).toHaveText(`Answered right: 1 of ${total}. Missed: 1.`);
  await expect(page.locator('[data-practice-view-heading]')).toHaveText(`Questions 1 to ${QUESTIONS_PER_VIEW} of ${total}`);
  await expect(missed).toHaveCount(0);
  const missedTitle = (await page.locator('[data-practice-missed] a').textContent())!;
  await page.locator('[data-practice-missed]').getByRole('link', { name: missedTitle }).click();
  await expect(page).toHaveURL(new RegExp(`#q-${all.at(-1)!.id}$`));
  await expect(missed.locator('[data-question-title]')).toBeFocused();
  await expect(missed.locator('[data-question-title]')).toHaveText(missedTitle);

  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(score).toHaveText(`Answered right: 0 of ${total}. Missed: 0.`);
  await expect(page.locator('[data-practice-live]')).toHaveText('Your progress has been cleared.');
  // The address now ends with the question's anchor (#q-…): opened again, it shows that question's view.
  await page.reload();
  await expect(score).toHaveText(`Answered right: 0 of ${total}. Missed: 0.`);
  await expect(page.locator('[data-practice-view-heading]')).toHaveText(new RegExp(`^Questions \\d+ to ${total} of ${total}$`));
  await expect(missed).toBeInViewport();
});

test("a family's chooser becomes a practice question whose answer is the code the walk leads to", async ({ page }) => {
  await page.goto(practiceUrl(practiceSetQuery({ family: longest.family, codes: [] })));
  const question = page.locator(`[data-question="${longest.family}-chooser-${longest.index + 1}"]`);
  for (const step of longest.path.steps) await expect(question).toContainText(`${step.ask} ${step.answer}`);
  await expect(await answer(question, longest.path.code)).toContainText('Correct.');
  const wrong = await answer(question, '99999');
  await expect(wrong).toContainText(`${longest.path.code}: missing`);
  // Each step links to that step of the chooser on the family page.
  await question.getByRole('link', { name: longest.path.steps[0]!.ask }).click();
  await expect(page.locator(`[data-chooser-step="${longest.path.steps[0]!.questionId}"]`)).toBeInViewport();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test("@base-path the family page's chooser walks by links, step by step, to the code page", async ({ page }) => {
      await page.goto(familyUrl(longest.family));
      for (const step of longest.path.steps.slice(0, -1)) {
        await page.locator(`[data-chooser-step="${step.questionId}"]`).getByRole('link', { name: step.answer, exact: true }).click();
        const next = page.locator('[data-chooser-step]:target');
        await expect(next).toHaveCount(1);
      }
      const last = longest.path.steps.at(-1)!;
      await page.locator(`[data-chooser-step="${last.questionId}"]`).getByRole('link', { name: last.answer, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${codeUrl(longest.path.code)}$`));

      // A branch the sources do not settle says so, and leads back to the start.
      await page.goto(familyUrl(longest.family));
      const unsettled = page.locator('[data-chooser-step] a[href*="-unsettled-"]').first();
      await unsettled.click();
      const note = page.locator('[data-chooser-unsettled]:target');
      await expect(note).toContainText('Not settled by the sources');
      await note.getByRole('link', { name: 'Back to the first question' }).click();
      await expect(page.locator('[data-chooser-step]:target')).toHaveCount(1);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('@base-path the practice page leads to every family\'s pages, which show each question with its answer and rationale behind a disclosure', async ({ page }) => {
    await page.goto(practiceUrl());
    const all = await questionIndex(page);
    await expect(page.locator('[data-practice-set]')).toBeHidden();
    const families = page.locator('[data-practice-families] a');
    const links = await families.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    // The family pages, followed by their "Next page" links, hold every question, each family's in page order.
    const held: string[] = [];
    for (const link of links) {
      const ids: string[] = [];
      for (let at: string | null = link; at; ) {
        await page.goto(at);
        ids.push(...(await viewIds(page)));
        const next = page.getByRole('link', { name: 'Next page' });
        at = (await next.count()) ? await next.getAttribute('href') : null;
      }
      const family = all.find((q) => q.id === ids[0])!.family;
      expect(link).toBe(practiceFamilyUrl(family));
      expect(ids).toEqual(all.filter((q) => q.family === family).map((q) => q.id));
      held.push(...ids);
    }
    expect(held.sort()).toEqual(all.map((q) => q.id).sort());

    await page.goto(links[0]!);
    const question = page.locator('[data-question]').first();
    await expect(question.locator('form')).toBeHidden();
    const details = question.locator('details[data-practice-answer]');
    const expected = readExpectedAttribute((await question.getAttribute('data-expected'))!)[0]!;
    await expect(details.getByText(`${expected.code} × ${expected.units}`)).toBeHidden();
    await details.locator('summary').click();
    await expect(details.getByText(`${expected.code} × ${expected.units}`)).toBeVisible();
    await expect(details.getByRole('link').first()).toBeVisible();
  });
});

test("a family's practice page checks answers and keeps progress with JavaScript", async ({ page }) => {
  await page.goto(practiceFamilyUrl(longest.family));
  const question = page.locator(`[data-question="${longest.family}-chooser-${longest.index + 1}"]`);
  await expect(await answer(question, longest.path.code)).toContainText('Correct.');
  await expect(page.locator('[data-practice-live]')).toHaveText(/^Correct\./);
  const count = await page.locator('[data-question]').count();
  await expect(page.locator('[data-practice-score]')).toHaveText(`Answered right: 1 of ${count}. Missed: 0.`);
});
