import { expect, test, type Locator, type Page } from '../support/test';
import { contentCodes, contentData } from '../support/content';
import { chooserPaths } from '../../src/choosers/chooser-paths';
import { chooserSchema } from '../../src/choosers/chooser-schema';
import { seededShuffle } from '../../src/shared/practice/seeded-order';
import { practiceSetQuery } from '../../src/shared/practice/practice-set';
import { readExpectedAttribute } from '../../src/shared/practice/expected-attribute';
import { codeUrl, familyUrl, practiceUrl } from '../../src/shared/urls';

/** The families' choosers as the content writes them, with every walk that ends at a code. */
const choosers = Object.entries(contentData<{ chooser?: unknown }>('families')).flatMap(([id, family]) =>
  family.chooser ? [{ id, paths: chooserPaths(chooserSchema.parse(family.chooser)) }] : [],
);
const longest = choosers.flatMap((c) => c.paths.map((path, i) => ({ family: c.id, path, index: i }))).sort((a, b) => b.path.steps.length - a.path.steps.length)[0]!;

const shownIds = (page: Page) => page.locator('[data-question]:visible').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.question!));

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
  // The rationale links to the pages the question was written against.
  await expect(question.locator('details a').first()).toHaveAttribute('href', /\/codes\/\d{4}[\dFTU]\/#[a-z-]+$/);
});

test('@base-path a set address selects by family or by code, and its seed gives everyone the same order', async ({ page, browser }) => {
  await page.goto(practiceUrl());
  const all = await page.locator('[data-question]').evaluateAll((items) =>
    items.map((i) => ({ id: (i as HTMLElement).dataset.question!, family: (i as HTMLElement).dataset.family!, codes: (i as HTMLElement).dataset.codes!.split(' ') })),
  );
  expect(await shownIds(page)).toEqual(all.map((q) => q.id));

  const seeded = practiceUrl(practiceSetQuery({ codes: [], seed: 'week-3' }));
  await page.goto(seeded);
  const order = await shownIds(page);
  expect(order).toEqual(seededShuffle(all.map((q) => q.id), 'week-3'));
  expect(order).not.toEqual(all.map((q) => q.id));
  // Someone else opening the same address, in a browser of their own, gets the same order.
  const other = await browser.newPage();
  await other.goto(seeded);
  expect(await shownIds(other)).toEqual(order);
  await other.close();

  const family = longest.family;
  await page.goto(practiceUrl(practiceSetQuery({ family, codes: [] })));
  expect(await shownIds(page)).toEqual(all.filter((q) => q.family === family).map((q) => q.id));
  await expect(page.locator('[data-practice-set-summary]')).toContainText(`family ${family}`);

  const code = contentCodes().at(-1)!.code;
  await page.goto(practiceUrl(practiceSetQuery({ codes: [code] })));
  expect(await shownIds(page)).toEqual(all.filter((q) => q.codes.includes(code)).map((q) => q.id));

  await page.goto(practiceUrl(practiceSetQuery({ family: 'no-such-family', codes: [] })));
  await expect(page.locator('[data-practice-empty]')).toBeVisible();
});

test('progress is kept in the browser across visits, lists missed questions, and can be cleared', async ({ page }) => {
  await page.goto(practiceUrl());
  const questions = page.locator('[data-question]');
  const total = await questions.count();
  const [right, missed] = [questions.nth(0), questions.nth(1)];
  await answer(right, readExpectedAttribute((await right.getAttribute('data-expected'))!).map((e) => `${e.code} x${e.units}`).join(', '));
  await answer(missed, '99999');
  const score = page.locator('[data-practice-score]');
  await expect(score).toHaveText(`Answered right: 1 of ${total}. Missed: 1.`);

  await page.reload();
  await expect(score).toHaveText(`Answered right: 1 of ${total}. Missed: 1.`);
  const missedTitle = (await missed.locator('[data-question-title]').textContent())!;
  await page.locator('[data-practice-missed]').getByRole('link', { name: missedTitle }).click();
  await expect(page).toHaveURL(new RegExp(`#${(await missed.getAttribute('id'))!}$`));

  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(score).toHaveText(`Answered right: 0 of ${total}. Missed: 0.`);
  await expect(page.locator('[data-practice-live]')).toHaveText('Your progress has been cleared.');
  await page.reload();
  await expect(score).toHaveText(`Answered right: 0 of ${total}. Missed: 0.`);
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

  test('the practice page shows every question with its answer and rationale behind a disclosure, and no dead form', async ({ page }) => {
    await page.goto(practiceUrl());
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
