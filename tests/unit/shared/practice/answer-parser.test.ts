import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../../src/shared/practice/answer-parser';

describe('parseAnswer', () => {
  it.each([
    ['37248, 37249 x2', [{ code: '37248', units: 1 }, { code: '37249', units: 2 }]],
    ['37249 ×2', [{ code: '37249', units: 2 }]],
    ['37249 × 2', [{ code: '37249', units: 2 }]],
    ['37249X2', [{ code: '37249', units: 2 }]],
    ['37249*3', [{ code: '37249', units: 3 }]],
    ['37249-2', [{ code: '37249', units: 2 }]],
    ['37248\n37249 x2\n', [{ code: '37248', units: 1 }, { code: '37249', units: 2 }]],
    ['37248; +37249', [{ code: '37248', units: 1 }, { code: '37249', units: 1 }]],
    ['0075t x1', [{ code: '0075T', units: 1 }]],
  ])('reads %j', (typed, codes) => {
    expect(parseAnswer(typed)).toEqual({ codes, unreadable: [] });
  });

  it('adds the units of a code written twice, keeping the order first written', () => {
    expect(parseAnswer('37249\n37248\n37249').codes).toEqual([{ code: '37249', units: 2 }, { code: '37248', units: 1 }]);
  });

  it('reports what it cannot read, and a modifier as a modifier rather than 59 units', () => {
    expect(parseAnswer('37248, 37249-59, angioplasty, 37249 x0').unreadable).toEqual([
      { text: '37249-59', why: 'looks like a code with a modifier; practice asks for codes and units only' },
      { text: 'angioplasty', why: 'is not a code, optionally with units as "× 2"' },
      { text: '37249 x0', why: 'has no units; write at least 1' },
    ]);
  });

  it('reads nothing from blank input', () => {
    expect(parseAnswer(' \n , ')).toEqual({ codes: [], unreadable: [] });
  });
});
