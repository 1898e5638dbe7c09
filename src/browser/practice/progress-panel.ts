import { questionAnchor } from '../../shared/practice/question-index';
import { clearProgress, readProgress } from './practice-progress';

/** A question as the progress panel names it. */
export interface ProgressQuestion {
  id: string;
  title: string;
}

/** Counts the questions' right and missed answers kept in this browser and links to the missed ones. */
export function showProgress(panel: HTMLElement, questions: readonly ProgressQuestion[], summary: string): void {
  const outcomes = readProgress();
  const right = questions.filter((q) => outcomes[q.id] === 'right').length;
  const missed = questions.filter((q) => outcomes[q.id] === 'missed');
  panel.querySelector('[data-practice-set-summary]')!.textContent = summary;
  panel.querySelector('[data-practice-score]')!.textContent = `Answered right: ${right} of ${questions.length}. Missed: ${missed.length}.`;
  const missedList = document.createElement('ul');
  for (const question of missed) {
    const link = document.createElement('a');
    link.href = `#${questionAnchor(question.id)}`;
    link.textContent = question.title;
    const entry = document.createElement('li');
    entry.append(link);
    missedList.append(entry);
  }
  panel.querySelector('[data-practice-missed]')!.replaceChildren(...(missed.length ? [missedList] : []));
  panel.hidden = false;
}

/** "Clear my progress": forgets every kept result, then shows the panel afresh. */
export function onClearProgress(panel: HTMLElement, announce: (text: string) => void, refresh: () => void): void {
  panel.querySelector('[data-practice-clear]')!.addEventListener('click', () => {
    clearProgress();
    refresh();
    announce('Your progress has been cleared.');
  });
}
