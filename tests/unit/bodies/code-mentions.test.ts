import { describe, expect, it } from 'vitest';
import { findCodeMentions } from '../../../src/bodies/code-mentions';

const codes = (text: string) => findCodeMentions(text).map((m) => m.code);

describe('findCodeMentions', () => {
  it.each([
    ['reported with 37248 for the first vein', ['37248']],
    ['codes 0075T, 1234F and 0042U', ['0075T', '1234F', '0042U']],
    ['add-on +37249 each time', ['37249']],
    ['bill 37249-59 when', ['37249']],
    ['the range 37246-37249 or 37246–37249', ['37246', '37249', '37246', '37249']],
    ['(37248), "37249" and 37253.', ['37248', '37249', '37253']],
  ])('finds the codes in %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    'A 62-year-old with known stenosis',
    'In 2024 and 1999 the rules changed',
    'about 12000 patients and 15000 claims a year',
    'a dose of 25000 units, 10000 mg',
    'a 10000-patient study',
    'serial A12345 and 123456 and 37248X',
    'a rate of 1.23456 or 12,34567',
    'costs $12500 or 12500% more',
    'neither is 12345abc nor 1234Fx',
  ])('finds no code in %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('gives where each code sits, so the text around it is kept', () => {
    const text = 'first 37248, then 37249';
    expect(findCodeMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['37248', '37249']);
  });
});
