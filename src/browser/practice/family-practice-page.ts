import { announcer, enableQuestion } from './question-controls';
import { onClearProgress, showProgress } from './progress-panel';

/** A family's practice page: its questions are all on the page; the script checks answers and keeps progress. */
const panel = document.querySelector<HTMLElement>('[data-practice-progress]')!;
const announce = announcer(document.querySelector<HTMLElement>('[data-practice-live]')!);
const items = [...document.querySelectorAll<HTMLElement>('[data-practice-questions] > [data-question]')];
const questions = items.map((item) => ({ id: item.dataset.question!, title: item.querySelector('[data-question-title]')!.textContent! }));
const refresh = () => showProgress(panel, questions, `This page: ${questions.length} question${questions.length === 1 ? '' : 's'}.`);

for (const item of items) enableQuestion(item, announce, refresh);
onClearProgress(panel, announce, refresh);
refresh();
