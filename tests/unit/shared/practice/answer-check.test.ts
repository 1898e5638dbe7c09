import { describe, expect, it } from 'vitest';
import { checkAnswer, checkSummary, verdictText } from '../../../../src/shared/practice/answer-check';

const EXPECTED = [
  { code: '37248', units: 1 },
  { code: '37249', units: 2 },
];

describe('checkAnswer', () => {
  it('is correct when every code has its units and nothing is extra', () => {
    const check = checkAnswer(EXPECTED, [{ code: '37249', units: 2 }, { code: '37248', units: 1 }]);
    expect(check.correct).toBe(true);
    expect(checkSummary(check)).toBe('Correct.');
  });

  it('names each code right, missing, extra or with the wrong units', () => {
    const check = checkAnswer(EXPECTED, [{ code: '37249', units: 1 }, { code: '37244', units: 1 }]);
    expect(check.correct).toBe(false);
    expect(check.verdicts.map(verdictText)).toEqual([
      '37248: missing (report 1 unit)',
      '37249: right code, wrong number of units (1 unit given, 2 units expected)',
      '37244: not reported for this case',
    ]);
    expect(checkSummary(check)).toBe('Not yet: 3 of 3 codes to fix.');
  });

  it('counts a right code among wrong ones', () => {
    const check = checkAnswer(EXPECTED, [{ code: '37248', units: 1 }]);
    expect(check.verdicts.map(verdictText)).toEqual(['37248 × 1: right', '37249: missing (report 2 units)']);
    expect(checkSummary(check)).toBe('Not yet: 1 of 2 codes to fix.');
  });
});
