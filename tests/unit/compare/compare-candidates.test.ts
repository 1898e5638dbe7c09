import { describe, expect, it } from 'vitest';
import { Relations, type RelationRecord } from '../../../src/catalog/relations';
import { MAX_COMPARE_WITH, compareCandidates } from '../../../src/compare/compare-candidates';

const record = (code: string, family: string, related: string[] = []): RelationRecord => ({
  code,
  addOn: false,
  primaryCodes: [],
  family,
  modifiers: [],
  related: related.map((c) => ({ code: c, note: 'why' })),
});

describe('compareCandidates', () => {
  it('offers related codes with a page first, then family members nearest first, never the code itself', () => {
    const relations = new Relations([
      record('10001', 'a'),
      record('10002', 'a'),
      record('10003', 'a', ['20001', '99999']),
      record('10004', 'a'),
      record('20001', 'b'),
    ]);
    expect(compareCandidates('10003', relations)).toEqual(['20001', '10002', '10004', '10001']);
  });

  it('stops at the limit in a large family', () => {
    const relations = new Relations(Array.from({ length: 50 }, (_, i) => record(String(10000 + i), 'a')));
    expect(compareCandidates('10025', relations)).toEqual(['10024', '10026', '10023', '10027', '10022', '10028'].slice(0, MAX_COMPARE_WITH));
  });

  it('offers nothing to a code alone in its family without related codes', () => {
    expect(compareCandidates('10001', new Relations([record('10001', 'a')]))).toEqual([]);
  });
});
