import { QUESTIONS_PER_FAMILY_PAGE, QUESTIONS_PER_INDEX_FILE, type IndexEntry } from '../shared/practice/question-index';
import { questionCodes, type PracticeQuestion } from './practice-questions';

/** One family practice page: a run of a family's questions in page order. */
export interface FamilyPracticePage {
  family: { id: string; name: string };
  /** 1 for the first page. */
  page: number;
  pages: number;
  questions: PracticeQuestion[];
}

/** A family with its practice questions, for the practice page's list of families. */
export interface PracticeFamily {
  id: string;
  name: string;
  questions: number;
  pages: number;
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The families that have questions, in the order their first question comes, with their questions in page order. */
function byFamily(questions: readonly PracticeQuestion[]): { family: PracticeQuestion['family']; questions: PracticeQuestion[] }[] {
  const groups = Map.groupBy(questions, (q) => q.family.id);
  return [...groups.values()].map((group) => ({ family: group[0]!.family, questions: group }));
}

/** Every family's practice pages: the order within a family is the page order, as readQuestionIndex() expects. */
export function familyPracticePages(questions: readonly PracticeQuestion[]): FamilyPracticePage[] {
  return byFamily(questions).flatMap(({ family, questions: own }) => {
    const pages = chunks(own, QUESTIONS_PER_FAMILY_PAGE);
    return pages.map((run, i) => ({ family, page: i + 1, pages: pages.length, questions: run }));
  });
}

/** The families with practice questions, by name. */
export function practiceFamilies(questions: readonly PracticeQuestion[]): PracticeFamily[] {
  return byFamily(questions)
    .map(({ family, questions: own }) => ({ ...family, questions: own.length, pages: Math.ceil(own.length / QUESTIONS_PER_FAMILY_PAGE) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const indexEntry = (q: PracticeQuestion): IndexEntry => {
  const codes = questionCodes(q).join(' ');
  return q.kind === 'example' ? [q.family.id, q.id, codes, q.code] : [q.family.id, q.id, codes];
};

/** The index of every question in page order, split into files of QUESTIONS_PER_INDEX_FILE entries. */
export function questionIndexFiles(questions: readonly PracticeQuestion[]): IndexEntry[][] {
  return chunks(questions.map(indexEntry), QUESTIONS_PER_INDEX_FILE);
}
