import type { Chooser, ChooserAnswer } from './chooser-schema';

/** Where an answer leads: one of the three is set on a checked chooser. */
export type AnswerTarget = { next: string } | { code: string } | { unsettled: string };

const targetsOf = (answer: ChooserAnswer) =>
  (['next', 'code', 'unsettled'] as const).filter((key) => answer[key] !== undefined);

/** The one place a chooser answer is read as where it leads; only for a chooser checkChooser accepted. */
export function answerTarget(answer: ChooserAnswer): AnswerTarget {
  if (answer.next !== undefined) return { next: answer.next };
  if (answer.code !== undefined) return { code: answer.code };
  return { unsettled: answer.unsettled! };
}

/** Problems with each answer taken alone: where it leads. */
function answerProblems(chooser: Chooser, familyCodes: readonly string[]): string[] {
  const ids = new Set(chooser.questions.map((q) => q.id));
  return chooser.questions.flatMap((question) =>
    question.answers.flatMap((answer, i) => {
      const at = `question "${question.id}": answer ${i + 1} ("${answer.answer}")`;
      const targets = targetsOf(answer);
      if (targets.length !== 1) {
        const found = targets.length ? `has ${targets.join(' and ')}` : 'leads nowhere';
        return [`${at} ${found}; give exactly one of next: (a question id), code: (a code of this family) or unsettled: (why the sources do not settle it)`];
      }
      if (answer.next !== undefined && !ids.has(answer.next)) return [`${at} leads nowhere: there is no question "${answer.next}" (questions: ${[...ids].join(', ')})`];
      if (answer.code !== undefined && !familyCodes.includes(answer.code)) {
        return [`${at} leads to "${answer.code}", which is not a code of this family (its codes: ${familyCodes.join(', ') || 'none'})`];
      }
      return [];
    }),
  );
}

/** Loops and unreachable questions, walking the answers' `next` from the first question. */
function graphProblems(chooser: Chooser): string[] {
  const byId = new Map(chooser.questions.map((q) => [q.id, q]));
  const reached = new Set<string>();
  const problems: string[] = [];
  const walk = (id: string, path: readonly string[]) => {
    if (path.includes(id)) {
      problems.push(`question "${path.at(-1)}" leads back to question "${id}", a loop (${[...path.slice(path.indexOf(id)), id].join(' → ')}); every path must end at a code or an unsettled note`);
      return;
    }
    if (reached.has(id) || !byId.has(id)) return;
    reached.add(id);
    for (const answer of byId.get(id)!.answers) if (answer.next !== undefined) walk(answer.next, [...path, id]);
  };
  const first = chooser.questions[0]!.id;
  walk(first, []);
  for (const question of chooser.questions) {
    if (!reached.has(question.id)) problems.push(`question "${question.id}" cannot be reached from the first question "${first}"; lead an answer to it or remove it`);
  }
  return problems;
}

/**
 * A chooser's problems, each naming the question: an answer that leads nowhere or to a code outside
 * the family, a loop, an unreachable question, a question id used twice.
 */
export function checkChooser(chooser: Chooser, familyCodes: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = chooser.questions.flatMap((q) => {
    const twice = seen.has(q.id);
    seen.add(q.id);
    return twice ? [`question "${q.id}" is defined twice; give each question its own id`] : [];
  });
  return [...duplicates, ...answerProblems(chooser, familyCodes), ...graphProblems(chooser)];
}

/** Every family's chooser problems, each as `<file>: <family> chooser, <problem>`. */
export function checkFamilyChoosers(
  families: readonly { id: string; chooser?: Chooser | undefined }[],
  codesOfFamily: (familyId: string) => readonly string[],
  filePath: string,
): string[] {
  return families.flatMap(({ id, chooser }) =>
    chooser ? checkChooser(chooser, codesOfFamily(id)).map((problem) => `${filePath}: ${id} chooser, ${problem}`) : [],
  );
}
