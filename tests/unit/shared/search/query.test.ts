import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  MAX_WORD_LENGTH,
  cleanQuery,
  findExactCode,
  isExactCodeMissing,
  nearbyCodesQuery,
  parseQuery,
  wantsSuggestions,
} from '../../../../src/shared/search/query';

describe('parseQuery', () => {
  it.each(['37249', ' 37249 ', '+37249', 'cpt 37249', 'CPT 37249', '３７２４９', '\u202E37249', '37 249', '37-249', '3724 9'])('reads %j as the code 37249', (raw) =>
    expect(parseQuery(raw)).toMatchObject({ kind: 'code', code: '37249', term: '37249' }),
  );
  it.each(['3724', '372', ' +3724 ', 'cpt 3724'])('reads %j as a code prefix', (raw) =>
    expect(parseQuery(raw)).toMatchObject({ kind: 'prefix', prefix: raw.replace(/\D/g, '') }),
  );
  it('keeps words as words', () =>
    expect(parseQuery('  balloon   angioplasty vein ')).toEqual({ kind: 'text', shown: 'balloon angioplasty vein', term: 'balloon angioplasty vein', codeLike: null }),
  );
  it('marks an over-long code as code-like so a near match is labelled', () =>
    expect(parseQuery('347180')).toMatchObject({ kind: 'text', term: '347180', codeLike: '347180' }),
  );
  it.each(['', '   ', '\t\n', '\u200B'])('treats %j as empty', (raw) => expect(parseQuery(raw)).toEqual({ kind: 'empty' }));
  it.each(['***', '.*+?^$[](){}|\\', '"', '👩‍⚕️', '-'])('treats %j as unsearchable', (raw) =>
    expect(parseQuery(raw).kind).toBe('unsearchable'),
  );
  it('drops words too long to be terms, and finds nothing when only those are left', () => {
    expect(parseQuery(`vein ${'x'.repeat(MAX_WORD_LENGTH + 1)}`)).toMatchObject({ kind: 'text', shown: `vein ${'x'.repeat(MAX_WORD_LENGTH + 1)}`, term: 'vein' });
    expect(parseQuery('x'.repeat(10_000)).kind).toBe('unsearchable');
  });
  it('keeps HTML as text to search for, never as markup', () =>
    expect(parseQuery('<script>alert(1)</script>')).toMatchObject({ kind: 'text', shown: '<script>alert(1)</script>' }),
  );
});

describe('wantsSuggestions', () => {
  it('skips a single letter or digit, which matches most pages', () => {
    expect(wantsSuggestions(parseQuery('3'))).toBe(false);
    expect(wantsSuggestions(parseQuery(' v '))).toBe(false);
    expect(wantsSuggestions(parseQuery('cpt 3'))).toBe(false);
    expect(wantsSuggestions(parseQuery('cpt 37'))).toBe(true);
  });
  it('suggests from two characters, and still answers empty or unsearchable input', () => {
    expect(wantsSuggestions(parseQuery('37'))).toBe(true);
    expect(wantsSuggestions(parseQuery('iv'))).toBe(true);
    expect(wantsSuggestions(parseQuery(''))).toBe(true);
    expect(wantsSuggestions(parseQuery('!!'))).toBe(true);
  });
});

describe('cleanQuery', () => {
  it('folds full-width letters and drops bidi, zero-width and control characters', () =>
    expect(cleanQuery('\u202EＩＶＵＳ\u200B\u0000 scan')).toBe('IVUS scan'),
  );
  it('drops lone surrogates', () => expect(cleanQuery('vein\uD800')).toBe('vein'));
  it(`cuts long queries to ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    expect(cleanQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(Array.from(cleanQuery('😀'.repeat(300)))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

const hits = [{ code: '37249' }, { code: '37253' }, { code: undefined }, { code: '37244' }, { code: '37248' }];

describe('exact codes', () => {
  it('finds the result that is the code asked for', () => expect(findExactCode(parseQuery('cpt 37244'), hits)).toBe(hits[3]));
  it('says when a code-like query has no exact result', () => {
    expect(isExactCodeMissing(parseQuery('372490'), hits)).toBe(true);
    expect(isExactCodeMissing(parseQuery('37246'), hits)).toBe(true);
    expect(isExactCodeMissing(parseQuery('37249'), hits)).toBe(false);
    expect(isExactCodeMissing(parseQuery('vein'), hits)).toBe(false);
  });
  it('falls back from a missing code to its first four characters', () => {
    expect(nearbyCodesQuery(parseQuery('37246'))).toMatchObject({ kind: 'prefix', prefix: '3724', shown: '37246' });
    expect(nearbyCodesQuery(parseQuery('vein'))).toBeNull();
  });
});
