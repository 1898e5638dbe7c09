import { describe, expect, it } from 'vitest';
import { familyPracticePages, practiceFamilies, questionIndexFiles } from '../../../src/practice/practice-pages';
import type { PracticeQuestion } from '../../../src/practice/practice-questions';
import { QUESTIONS_PER_FAMILY_PAGE, QUESTIONS_PER_INDEX_FILE, readQuestionIndex } from '../../../src/shared/practice/question-index';

const family = (id: string) => ({ id, name: `Family ${id}` });
const example = (code: string, familyId: string): PracticeQuestion => ({
  kind: 'example',
  id: `${code}-example-1`,
  code,
  family: family(familyId),
  situation: '<p>A case.</p>',
  expected: [{ code, units: 1 }],
  rationale: [{ code, units: 1, note: 'why' }],
  sources: [],
});
const walk = (familyId: string, n: number, code: string): PracticeQuestion => ({
  kind: 'chooser',
  id: `${familyId}-chooser-${n}`,
  family: family(familyId),
  steps: [],
  expected: [{ code, units: 1 }],
  sources: [],
});

// Two families interleaved in page order, as code pages of different families are, one of them
// long enough for several pages, then a chooser walk.
const QUESTIONS: PracticeQuestion[] = [
  ...Array.from({ length: QUESTIONS_PER_FAMILY_PAGE * 2 + 3 }, (_, i) => example(String(10000 + i), i % 3 ? 'veins' : 'ivus')),
  walk('veins', 1, '10001'),
];

describe('the family practice pages and the question index', () => {
  const pages = familyPracticePages(QUESTIONS);
  const index = readQuestionIndex(questionIndexFiles(QUESTIONS).flat());

  it('put every question on exactly one family page, no page over the limit', () => {
    expect(pages.flatMap((p) => p.questions.map((q) => q.id)).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    expect(Math.max(...pages.map((p) => p.questions.length))).toBe(QUESTIONS_PER_FAMILY_PAGE);
    expect(pages.filter((p) => p.family.id === 'veins').map((p) => `${p.page}/${p.pages}`)).toEqual(['1/2', '2/2']);
  });

  it('index each question, in page order, on the family page that holds it', () => {
    expect(index.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
    for (const question of index) {
      const holder = pages.find((p) => p.family.id === question.family && p.page === question.familyPage);
      expect(holder?.questions.map((q) => q.id), question.id).toContain(question.id);
    }
    expect(index.at(-1)).toMatchObject({ id: 'veins-chooser-1', codes: ['10001'], page: undefined });
    expect(index[0]).toMatchObject({ codes: ['10000'], page: '10000' });
  });

  it('split the index into files of a bounded size, and list the families by name with their counts', () => {
    const many = Array.from({ length: QUESTIONS_PER_INDEX_FILE + 1 }, (_, i) => example(String(20000 + i), 'veins'));
    expect(questionIndexFiles(many).map((file) => file.length)).toEqual([QUESTIONS_PER_INDEX_FILE, 1]);
    expect(practiceFamilies(QUESTIONS)).toEqual([
      { id: 'ivus', name: 'Family ivus', questions: 8, pages: 1 },
      { id: 'veins', name: 'Family veins', questions: 16, pages: 2 },
    ]);
  });
});
