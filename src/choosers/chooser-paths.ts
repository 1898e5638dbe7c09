import { answerTarget } from './chooser-checks';
import type { Chooser } from './chooser-schema';

/** One step of a walk through a chooser: the question asked and the answer taken. */
export interface ChooserStep {
  questionId: string;
  ask: string;
  answer: string;
}

/** A walk from the first question to a code. */
export interface ChooserPath {
  steps: ChooserStep[];
  code: string;
}

/** Every walk from the first question that ends at a code, in the order the answers are written (a checked chooser has no loops). */
export function chooserPaths(chooser: Chooser): ChooserPath[] {
  const byId = new Map(chooser.questions.map((q) => [q.id, q]));
  const walk = (id: string, before: readonly ChooserStep[]): ChooserPath[] => {
    const question = byId.get(id)!;
    return question.answers.flatMap((answer) => {
      const steps = [...before, { questionId: id, ask: question.ask, answer: answer.answer }];
      const target = answerTarget(answer);
      if ('next' in target) return walk(target.next, steps);
      return 'code' in target ? [{ steps, code: target.code }] : [];
    });
  };
  return walk(chooser.questions[0]!.id, []);
}

/** The anchor of a chooser step on the family page: a lasting address, so it is made here only. */
export const chooserStepAnchor = (questionId: string) => `choose-${questionId}`;

/** The anchor of an answer's "not settled" note on the family page. */
export const chooserUnsettledAnchor = (questionId: string, answerIndex: number) => `choose-${questionId}-unsettled-${answerIndex + 1}`;
