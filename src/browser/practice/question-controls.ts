import { answerResult, showResult } from './answer-result';
import { recordOutcome } from './practice-progress';

/** Says a result in the live region; emptied first, so the same words said twice are announced twice. */
export function announcer(live: HTMLElement): (text: string) => void {
  return (text) => {
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  };
}

/** Shows a question's answer form and checks what is typed: result shown, announced, focused and kept as progress. */
export function enableQuestion(item: HTMLElement, announce: (text: string) => void, onOutcome: () => void): void {
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
