import { practiceFamilyUrl, practiceIndexUrl } from '../../shared/urls';
import { readQuestionIndex, type IndexEntry, type IndexedQuestion } from '../../shared/practice/question-index';

/** Every question of the site in page order, read from the index files (all fetched at once: each is bounded). */
export async function loadQuestionIndex(files: number): Promise<IndexedQuestion[]> {
  const parts = await Promise.all(
    Array.from({ length: files }, async (_, i) => {
      const response = await fetch(practiceIndexUrl(i + 1));
      if (!response.ok) throw new Error(`${practiceIndexUrl(i + 1)}: ${response.status}`);
      return (await response.json()) as IndexEntry[];
    }),
  );
  return readQuestionIndex(parts.flat());
}

const pages = new Map<string, Promise<Map<string, HTMLElement>>>();

/** A family practice page's questions by id, fetched once however many of them a set shows. */
function familyPageQuestions(url: string): Promise<Map<string, HTMLElement>> {
  let questions = pages.get(url);
  if (!questions) {
    questions = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      return new Map([...page.querySelectorAll<HTMLElement>('[data-practice-questions] > [data-question]')].map((item) => [item.dataset.question!, item]));
    });
    // A failed fetch is not kept: the next view asks again.
    questions.catch(() => pages.delete(url));
    pages.set(url, questions);
  }
  return questions;
}

/** A question's element as its family practice page renders it, adopted into this document. */
export async function fetchQuestion(question: IndexedQuestion): Promise<HTMLElement> {
  const url = practiceFamilyUrl(question.family, question.familyPage);
  const item = (await familyPageQuestions(url)).get(question.id);
  if (!item) throw new Error(`${url} does not hold question ${question.id}`);
  return document.adoptNode(item);
}
