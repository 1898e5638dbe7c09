import { readPracticeSet, selectQuestions, type PracticeSet } from '../../shared/practice/practice-set';
import { answerResult, showResult } from './answer-result';
import { clearProgress, readProgress, recordOutcome } from './practice-progress';

/**
 * The practice page: narrows and orders the questions by the address's set, checks answers,
 * announces results in the live region and keeps progress in this browser.
 */
const list = document.querySelector<HTMLOListElement>('[data-practice-questions]')!;
const live = document.querySelector<HTMLElement>('[data-practice-live]')!;
const progress = document.querySelector<HTMLElement>('[data-practice-progress]')!;
const all = [...list.querySelectorAll<HTMLLIElement>('[data-question]')];

/** Says a result in the live region; emptied first, so the same words said twice are announced twice. */
function announce(text: string): void {
  live.textContent = '';
  requestAnimationFrame(() => (live.textContent = text));
}

function applySet(set: PracticeSet): HTMLLIElement[] {
  const byId = new Map(all.map((item) => [item.dataset.question!, item]));
  const selectable = all.map((item) => ({ id: item.dataset.question!, family: item.dataset.family!, codes: item.dataset.codes!.split(' ') }));
  const shown = selectQuestions(selectable, set).map((id) => byId.get(id)!);
  for (const item of all) item.hidden = !shown.includes(item);
  list.append(...shown);
  document.querySelector<HTMLElement>('[data-practice-empty]')!.hidden = shown.length > 0;
  const parts = [set.family && `family ${set.family}`, set.codes.length && `codes ${set.codes.join(', ')}`, set.seed && `order seed "${set.seed}"`].filter(Boolean);
  progress.querySelector('[data-practice-set-summary]')!.textContent =
    `This set: ${shown.length} of ${all.length} questions${parts.length ? ` (${parts.join('; ')})` : ''}.`;
  return shown;
}

function showProgress(shown: readonly HTMLLIElement[]): void {
  const outcomes = readProgress();
  const right = shown.filter((item) => outcomes[item.dataset.question!] === 'right').length;
  const missed = shown.filter((item) => outcomes[item.dataset.question!] === 'missed');
  progress.querySelector('[data-practice-score]')!.textContent = `Answered right: ${right} of ${shown.length}. Missed: ${missed.length}.`;
  const missedList = document.createElement('ul');
  for (const item of missed) {
    const link = document.createElement('a');
    link.href = `#${item.id}`;
    link.textContent = item.querySelector('[data-question-title]')!.textContent;
    const entry = document.createElement('li');
    entry.append(link);
    missedList.append(entry);
  }
  progress.querySelector('[data-practice-missed]')!.replaceChildren(...(missed.length ? [missedList] : []));
  progress.hidden = false;
}

function enableQuestion(item: HTMLLIElement, onOutcome: () => void): void {
  const form = item.querySelector<HTMLFormElement>('[data-practice-form]')!;
  const area = form.querySelector<HTMLElement>('[data-practice-result]')!;
  const field = form.querySelector<HTMLTextAreaElement>('textarea')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = answerResult(item.dataset.expected!, field.value);
    showResult(area, result);
    announce([result.summary, ...result.lines].join(' '));
    if (!result.check) return field.focus();
    recordOutcome(item.dataset.question!, result.check.correct ? 'right' : 'missed');
    item.querySelector<HTMLDetailsElement>('[data-practice-answer]')!.open = true;
    area.focus();
    onOutcome();
  });
  // Enter writes a new line (one code per line); Ctrl or Cmd with Enter checks.
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
}

const shown = applySet(readPracticeSet(location.search));
for (const item of all) enableQuestion(item, () => showProgress(shown));
showProgress(shown);
progress.querySelector('[data-practice-clear]')!.addEventListener('click', () => {
  clearProgress();
  showProgress(shown);
  announce('Your progress has been cleared.');
});
