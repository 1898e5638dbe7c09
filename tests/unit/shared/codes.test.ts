import { describe, expect, it } from 'vitest';
import { compareCodes, isCode, mayBecomeCodePrefix, normalizeCode } from '../../../src/shared/codes';

describe('isCode', () => {
  it.each(['37249', '00100', '0075T', '0001U', '1234F'])('accepts %s', (code) => expect(isCode(code)).toBe(true));
  it.each(['3724', '372490', '37249 ', '0075t', 'E11.9', '３７２４９', '37 249', ''])('rejects %j', (code) =>
    expect(isCode(code)).toBe(false),
  );
});

describe('normalizeCode', () => {
  it.each([
    ['37249', '37249'],
    [' 37249 ', '37249'],
    ['+37249', '37249'],
    ['cpt 37249', '37249'],
    ['CPT® 37249', '37249'],
    ['CPT code 37249', '37249'],
    ['0075t', '0075T'],
    ['３７２４９', '37249'],
  ])('reads %j as %s', (input, code) => expect(normalizeCode(input)).toBe(code));

  it.each(['3724', 'balloon', '37249 37248', '', '<script>'])('returns null for %j', (input) =>
    expect(normalizeCode(input)).toBeNull(),
  );
});

describe('compareCodes', () => {
  it('orders codes numerically with Category III codes among their digits', () => {
    expect(['37257', '0075T', '37249', '37244', '37248'].sort(compareCodes)).toEqual([
      '0075T',
      '37244',
      '37248',
      '37249',
      '37257',
    ]);
  });
});

describe('mayBecomeCodePrefix', () => {
  it.each(['c', 'C', 'cp', 'cpt', 'CPT ', 'cpt c', 'cpt cod', 'CPT code', 'cpt® '])('%j may still become "cpt …"', (typed) => {
    expect(mayBecomeCodePrefix(typed)).toBe(true);
  });
  it.each(['', 'ca', 'cath', 'cpts', 'cpt x', 'vein'])('%j cannot', (typed) => {
    expect(mayBecomeCodePrefix(typed)).toBe(false);
  });
});
