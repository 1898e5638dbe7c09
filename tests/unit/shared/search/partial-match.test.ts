import { describe, expect, it } from 'vitest';
import { partialMatches } from '../../../../src/shared/search/partial-match';

describe('partialMatches', () => {
  it('puts pages holding more of the words first, then by rank', () => {
    const found = partialMatches(
      [
        { word: 'venous', results: ['a', 'b', 'c'] },
        { word: 'stent', results: ['c', 'd'] },
      ],
      (id) => id,
    );
    expect(found).toEqual([
      { result: 'c', words: ['venous', 'stent'] },
      { result: 'a', words: ['venous'] },
      { result: 'b', words: ['venous'] },
      { result: 'd', words: ['stent'] },
    ]);
  });
  it('finds nothing when no word matches', () => expect(partialMatches([{ word: 'x', results: [] }], String)).toEqual([]));
});
