import { describe, expect, it } from 'vitest';
import { MAX_CORRECTED_WORDS, correctQuery, editDistance, isSameWord, nearestWords } from '../../../../src/shared/search/spelling';

const indexed = ['ultrasound', 'angioplasty', 'vein', 'venous', 'stent', 'embolization', 'hemorrhage'];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('ultrasond', 'ultrasound', 2)).toBe(1);
    expect(editDistance('angioplsty', 'angioplasty', 2)).toBe(1);
    expect(editDistance('stnet', 'stent', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  it('stops at the allowance', () => expect(editDistance('a'.repeat(40), 'b'.repeat(40), 2)).toBe(3));
});

describe('nearestWords', () => {
  it('offers the closest indexed words only', () => {
    expect(nearestWords('ultrasond', indexed)).toEqual(['ultrasound']);
    expect(nearestWords('haemorrhage', indexed)).toEqual(['hemorrhage']);
    expect(nearestWords('zzzzzzzz', indexed)).toEqual([]);
  });
  it('never corrects words too short to tell apart', () => expect(nearestWords('vin', indexed)).toEqual([]));
  it('returns only words of the list, whatever the input', () => {
    for (const word of ['ultrasond', 'vien', 'stnt', 'x'.repeat(200), '<script>']) for (const found of nearestWords(word, indexed)) expect(indexed).toContain(found);
  });
});

describe('correctQuery', () => {
  it('replaces only the unknown words', () => expect(correctQuery(['venous', 'stnt'], new Set(['stnt']), indexed)).toBe('venous stent'));
  it('gives null when no unknown word has a neighbour', () => expect(correctQuery(['qqqqqq'], new Set(['qqqqqq']), indexed)).toBeNull());
  it(`corrects at most ${MAX_CORRECTED_WORDS} words`, () => {
    const words = Array.from({ length: 10 }, () => 'ultrasond');
    expect(correctQuery(words, new Set(words), indexed)!.split(' ').filter((w) => w === 'ultrasound')).toHaveLength(MAX_CORRECTED_WORDS);
  });
});

describe('isSameWord', () => {
  it.each([
    ['vein', 'veins'],
    ['veins', 'vein'],
    ['stenosis', 'stenoses'],
    ['IVUS', 'ivus'],
    ['sten', 'stenosis'],
  ])('takes %j and %j for one word', (typed, marked) => expect(isSameWord(typed, marked)).toBe(true));
  it.each([
    ['angioplsty', 'angioplasty'],
    ['stnet', 'stent'],
    ['xxxxxxxx', 'xs'],
  ])('tells %j from %j, a prefix fallback', (typed, marked) => expect(isSameWord(typed, marked)).toBe(false));
});
