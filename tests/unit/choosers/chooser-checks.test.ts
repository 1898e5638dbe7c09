import { describe, expect, it } from 'vitest';
import { checkChooser, checkFamilyChoosers } from '../../../src/choosers/chooser-checks';
import { chooserPaths } from '../../../src/choosers/chooser-paths';
import { chooserSchema, type Chooser } from '../../../src/choosers/chooser-schema';
import { contentCodes, contentData } from '../../support/content';

const FAMILY = ['37248', '37249'];

/** A sound chooser: vessel type, then first vein or not; changed per case below. */
function chooser(): Chooser {
  return {
    questions: [
      {
        id: 'circuit',
        ask: 'Dialysis circuit?',
        answers: [
          { answer: 'No', next: 'first' },
          { answer: 'Yes', unsettled: 'Not in the sources.' },
        ],
      },
      {
        id: 'first',
        ask: 'First vein?',
        answers: [
          { answer: 'Yes', code: '37248' },
          { answer: 'No', code: '37249' },
        ],
      },
    ],
  };
}

describe('checkChooser', () => {
  it('accepts a chooser whose every path ends at a code of the family or an unsettled note', () => {
    expect(checkChooser(chooser(), FAMILY)).toEqual([]);
  });

  it('names the question whose answer leads to a code outside the family', () => {
    const c = chooser();
    c.questions[1]!.answers[1]!.code = '37250';
    expect(checkChooser(c, FAMILY)).toEqual(['question "first": answer 2 ("No") leads to "37250", which is not a code of this family (its codes: 37248, 37249)']);
  });

  it('names an answer that leads nowhere: no target, two targets, or a question that does not exist', () => {
    const c = chooser();
    c.questions[0]!.answers[1] = { answer: 'Yes' };
    c.questions[1]!.answers[0] = { answer: 'Yes', code: '37248', next: 'circuit' };
    c.questions[1]!.answers[1] = { answer: 'No', next: 'gone' };
    const problems = checkChooser(c, FAMILY);
    expect(problems).toContain('question "circuit": answer 2 ("Yes") leads nowhere; give exactly one of next: (a question id), code: (a code of this family) or unsettled: (why the sources do not settle it)');
    expect(problems).toContain('question "first": answer 1 ("Yes") has next and code; give exactly one of next: (a question id), code: (a code of this family) or unsettled: (why the sources do not settle it)');
    expect(problems).toContain('question "first": answer 2 ("No") leads nowhere: there is no question "gone" (questions: circuit, first)');
  });

  it('names a loop with its path', () => {
    const c = chooser();
    c.questions[1]!.answers[1] = { answer: 'No', next: 'circuit' };
    expect(checkChooser(c, FAMILY)).toEqual([
      'question "first" leads back to question "circuit", a loop (circuit → first → circuit); every path must end at a code or an unsettled note',
    ]);
  });

  it('names a question the first one never leads to, and a question id used twice', () => {
    const c = chooser();
    c.questions.push({ id: 'orphan', ask: 'Never asked?', answers: [{ answer: 'a', code: '37248' }, { answer: 'b', code: '37249' }] });
    c.questions.push({ ...c.questions[1]! });
    const problems = checkChooser(c, FAMILY);
    expect(problems).toContain('question "orphan" cannot be reached from the first question "circuit"; lead an answer to it or remove it');
    expect(problems).toContain('question "first" is defined twice; give each question its own id');
  });

  it('prefixes each problem with the file and the family', () => {
    const c = chooser();
    c.questions[1]!.answers[1]!.code = '37250';
    expect(checkFamilyChoosers([{ id: 'venous-angioplasty', chooser: c }, { id: 'none' }], () => FAMILY, 'content/families.yaml')).toEqual([
      'content/families.yaml: venous-angioplasty chooser, question "first": answer 2 ("No") leads to "37250", which is not a code of this family (its codes: 37248, 37249)',
    ]);
  });
});

describe('chooserPaths', () => {
  it('lists every walk that ends at a code, with the question and answer of each step', () => {
    expect(chooserPaths(chooser())).toEqual([
      { code: '37248', steps: [{ questionId: 'circuit', ask: 'Dialysis circuit?', answer: 'No' }, { questionId: 'first', ask: 'First vein?', answer: 'Yes' }] },
      { code: '37249', steps: [{ questionId: 'circuit', ask: 'Dialysis circuit?', answer: 'No' }, { questionId: 'first', ask: 'First vein?', answer: 'No' }] },
    ]);
  });
});

it("every family's chooser in the content passes the checks, against the family's own codes", () => {
  const codes = contentCodes();
  const families = Object.entries(contentData<{ chooser?: unknown }>('families')).map(([id, f]) => ({ id, chooser: f.chooser === undefined ? undefined : chooserSchema.parse(f.chooser) }));
  expect(families.filter((f) => f.chooser).length).toBeGreaterThan(0);
  expect(checkFamilyChoosers(families, (id) => codes.filter((c) => c.family === id).map((c) => c.code), 'content/families.yaml')).toEqual([]);
});
