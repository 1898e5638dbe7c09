import { readPracticeSet, selectQuestions, type PracticeSet } from '../../shared/practice/practice-set';
import { QUESTIONS_PER_VIEW, questionAnchor, questionOfHash, questionTitle, type IndexedQuestion } from '../../shared/practice/question-index';
import { announcer, enableQuestion } from './question-controls';
import { onClearProgress, showProgress } from './progress-panel';
import { fetchQuestion, loadQuestionIndex } from './question-source';

/**
 * The practice page: chooses the address's set from the question index, orders it by the seed,
 * and shows it a view at a time, taking each question from its family's practice page as it is
 * shown. Checks answers, announces results and keeps progress in this browser.
 */
const setArea = document.querySelector<HTMLElement>('[data-practice-set]')!;
const list = setArea.querySelector<HTMLOListElement>('[data-practice-questions]')!;
const heading = setArea.querySelector<HTMLElement>('[data-practice-view-heading]')!;
const [previous, next] = ['previous', 'next'].map((b) => setArea.querySelector<HTMLButtonElement>(`[data-practice-${b}]`)!) as [HTMLButtonElement, HTMLButtonElement];
const panel = document.querySelector<HTMLElement>('[data-practice-progress]')!;
const announce = announcer(document.querySelector<HTMLElement>('[data-practice-live]')!);
const familyNames = new Map([...document.querySelectorAll<HTMLElement>('[data-practice-families] > [data-family]')].map((f) => [f.dataset.family!, f.dataset.familyName!]));

function setSummary(set: PracticeSet, shown: number, total: number): string {
  const parts = [set.family && `family ${set.family}`, set.codes.length && `codes ${set.codes.join(', ')}`, set.seed && `order seed "${set.seed}"`].filter(Boolean);
  return `This set: ${shown} of ${total} questions${parts.length ? ` (${parts.join('; ')})` : ''}.`;
}

/** The set's questions, a view at a time; each question's element is fetched once and kept, with what was typed in it. */
function setView(questions: readonly IndexedQuestion[], refreshProgress: () => void) {
  const shown = new Map<string, Promise<HTMLElement>>();
  let at = 0;
  const element = (question: IndexedQuestion) => {
    if (!shown.has(question.id)) {
      const item = fetchQuestion(question).then((li) => (enableQuestion(li, announce, refreshProgress), li));
      item.catch(() => shown.delete(question.id));
      shown.set(question.id, item);
    }
    return shown.get(question.id)!;
  };
  /** Shows view `view` of the set (0 for the first); a later call wins over one still loading. */
  async function show(view: number): Promise<void> {
    at = view;
    const from = view * QUESTIONS_PER_VIEW;
    const slice = questions.slice(from, from + QUESTIONS_PER_VIEW);
    list.setAttribute('aria-busy', 'true');
    const items = await Promise.all(slice.map(element));
    if (at !== view) return;
    list.replaceChildren(...items);
    list.removeAttribute('aria-busy');
    heading.textContent = `Questions ${from + 1} to ${from + slice.length} of ${questions.length}`;
    previous.disabled = view === 0;
    next.disabled = from + QUESTIONS_PER_VIEW >= questions.length;
  }
  return {
    show,
    viewOf: (id: string) => Math.floor(questions.findIndex((q) => q.id === id) / QUESTIONS_PER_VIEW),
    step: async (by: number) => {
      await show(at + by);
      heading.focus();
    },
  };
}

/** Shows the question's view, then the question itself: scrolled to by its anchor, its title focused. */
async function goToQuestion(view: ReturnType<typeof setView>, id: string): Promise<void> {
  await view.show(view.viewOf(id));
  location.hash = questionAnchor(id);
  document.getElementById(questionAnchor(id))?.querySelector<HTMLElement>('[data-question-title]')?.focus();
}

async function start(): Promise<void> {
  const set = readPracticeSet(location.search);
  const all = await loadQuestionIndex(Number(setArea.dataset.indexFiles));
  const byId = new Map(all.map((q) => [q.id, q]));
  const questions = selectQuestions(all, set).map((id) => byId.get(id)!);
  const named = questions.map((q) => ({ id: q.id, title: questionTitle(q.page, familyNames.get(q.family) ?? q.family) }));
  const refresh = () => showProgress(panel, named, setSummary(set, questions.length, all.length));
  const view = setView(questions, refresh);
  refresh();
  onClearProgress(panel, announce, refresh);
  document.querySelector<HTMLElement>('[data-practice-empty]')!.hidden = questions.length > 0;
  if (!questions.length) return;
  previous.addEventListener('click', () => view.step(-1).catch(failed));
  next.addEventListener('click', () => view.step(1).catch(failed));
  setArea.querySelector<HTMLElement>('[data-practice-pager]')!.hidden = questions.length <= QUESTIONS_PER_VIEW;
  // A missed question may sit in another view of the set: show that view, then go to it.
  panel.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-practice-missed] a');
    if (!link) return;
    event.preventDefault();
    const id = questionOfHash(link.hash);
    if (id) goToQuestion(view, id).catch(failed);
  });
  const linked = questionOfHash(location.hash);
  setArea.hidden = false;
  // An address with a question's anchor (#q-…) opens the view that holds it.
  await (linked && questions.some((q) => q.id === linked) ? goToQuestion(view, linked) : view.show(0));
}

function failed(): void {
  document.querySelector<HTMLElement>('[data-practice-failed]')!.hidden = false;
}

start().catch(failed);
