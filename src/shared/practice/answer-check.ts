import type { ReportedCode } from './answer-parser';

/** What one code of an answer is: right, missing, extra (not reported for this case), or right code with the wrong units. */
export type CodeVerdict =
  | { code: string; verdict: 'right'; units: number }
  | { code: string; verdict: 'missing'; expected: number }
  | { code: string; verdict: 'extra'; given: number }
  | { code: string; verdict: 'units'; expected: number; given: number };

export interface AnswerCheck {
  /** The expected codes in their order, then the extra ones in the order given. */
  verdicts: CodeVerdict[];
  correct: boolean;
}

/** Compares an answer with what the case reports, code by code. */
export function checkAnswer(expected: readonly ReportedCode[], given: readonly ReportedCode[]): AnswerCheck {
  const givenUnits = new Map(given.map((g) => [g.code, g.units]));
  const expectedCodes = new Set(expected.map((e) => e.code));
  const verdicts: CodeVerdict[] = [
    ...expected.map(({ code, units }): CodeVerdict => {
      const typed = givenUnits.get(code);
      if (typed === undefined) return { code, verdict: 'missing', expected: units };
      return typed === units ? { code, verdict: 'right', units } : { code, verdict: 'units', expected: units, given: typed };
    }),
    ...given.filter((g) => !expectedCodes.has(g.code)).map(({ code, units }): CodeVerdict => ({ code, verdict: 'extra', given: units })),
  ];
  return { verdicts, correct: verdicts.every((v) => v.verdict === 'right') };
}

const unitWord = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;

/** One verdict in words, for the result list and the live region. */
export function verdictText(v: CodeVerdict): string {
  switch (v.verdict) {
    case 'right':
      return `${v.code} × ${v.units}: right`;
    case 'missing':
      return `${v.code}: missing (report ${unitWord(v.expected)})`;
    case 'extra':
      return `${v.code}: not reported for this case`;
    case 'units':
      return `${v.code}: right code, wrong number of units (${unitWord(v.given)} given, ${unitWord(v.expected)} expected)`;
  }
}

/** The whole result in one sentence, for the live region. */
export function checkSummary(check: AnswerCheck): string {
  if (check.correct) return 'Correct.';
  const wrong = check.verdicts.filter((v) => v.verdict !== 'right').length;
  return `Not yet: ${wrong} of ${check.verdicts.length} code${check.verdicts.length === 1 ? '' : 's'} to fix.`;
}
