import { describe, expect, it } from 'vitest';
import { listValue, readList, readableQuery } from '../../../src/shared/address-lists';

describe('lists in an address', () => {
  it('reads items trimmed, drops empty ones, and joins repeated parameters into one list', () => {
    expect(readList(' 37248, 37249 ,,')).toEqual(['37248', '37249']);
    expect(readList('37248', null, undefined, '37249,37250')).toEqual(['37248', '37249', '37250']);
    expect(readList(null)).toEqual([]);
  });

  it('writes a list that reads back as the same items, with its commas left readable in the query', () => {
    const params = new URLSearchParams({ codes: listValue(['37248', '37249']), title: 'A, B & C' });
    expect(readableQuery(params)).toBe('codes=37248,37249&title=A,+B+%26+C');
    expect(readList(new URLSearchParams(readableQuery(params)).get('codes'))).toEqual(['37248', '37249']);
  });
});
