import { checkAnswer, checkSummary, verdictText, type AnswerCheck } from '../../shared/practice/answer-check';
import { parseAnswer } from '../../shared/practice/answer-parser';
import { readExpectedAttribute } from '../../shared/practice/expected-attribute';

/** What checking one question's answer gives the page: what to show and what to announce. */
export interface AnswerResult {
  /** Undefined when nothing readable was typed: the learner is asked again. */
  check?: AnswerCheck;
  summary: string;
  lines: string[];
}

export function answerResult(expectedAttribute: string, typed: string): AnswerResult {
  const parsed = parseAnswer(typed);
  const notRead = parsed.unreadable.map((u) => `"${u.text}" ${u.why}`);
  if (!parsed.codes.length) return { summary: 'Type at least one code to check.', lines: notRead };
  const check = checkAnswer(readExpectedAttribute(expectedAttribute), parsed.codes);
  return { check, summary: checkSummary(check), lines: [...check.verdicts.map(verdictText), ...notRead] };
}

/** Shows a result in the question's result area: a summary, then one line per code. */
export function showResult(area: HTMLElement, result: AnswerResult): void {
  const summary = document.createElement('p');
  summary.className = 'font-semibold';
  summary.textContent = result.summary;
  const list = document.createElement('ul');
  for (const line of result.lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  area.replaceChildren(summary, ...(result.lines.length ? [list] : []));
  area.dataset.outcome = result.check ? (result.check.correct ? 'right' : 'missed') : 'unread';
  area.hidden = false;
}
