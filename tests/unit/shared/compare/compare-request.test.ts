import { describe, expect, it } from 'vitest';
import { MAX_COMPARED, compareRequest, requestProblem, unknownCodesProblem } from '../../../../src/shared/compare/compare-request';
import { COMPARE_CODES_PARAM, compareUrl } from '../../../../src/shared/urls';

const search = (value: string) => `?${COMPARE_CODES_PARAM}=${value}`;

describe('compareRequest', () => {
  it('reads two to four codes, in the order given, as coders write them', () => {
    expect(compareRequest(search('37248,37249'))).toEqual({ kind: 'codes', codes: ['37248', '37249'] });
    expect(compareRequest(search('+37249, cpt 37248,0075t'))).toEqual({ kind: 'codes', codes: ['37249', '37248', '0075T'] });
    expect(compareRequest(`${search('37248')}&${COMPARE_CODES_PARAM}=37249`)).toEqual({ kind: 'codes', codes: ['37248', '37249'] });
    expect(compareRequest(search('37244,37248,37249,37253'))).toEqual({ kind: 'codes', codes: ['37244', '37248', '37249', '37253'] });
  });

  it('reads the address compareUrl() writes', () => {
    expect(compareRequest(new URL(compareUrl('37248', '37249'), 'http://x').search)).toEqual({ kind: 'codes', codes: ['37248', '37249'] });
  });

  it('names each problem: none, one, too many, the same code twice, not a code', () => {
    expect(compareRequest('')).toEqual({ kind: 'none' });
    expect(compareRequest(search(' , '))).toEqual({ kind: 'none' });
    expect(compareRequest(search('37249'))).toEqual({ kind: 'one', code: '37249' });
    expect(compareRequest(search('37244,37248,37249,37253,37257'))).toEqual({ kind: 'too-many', codes: ['37244', '37248', '37249', '37253', '37257'] });
    expect(compareRequest(search('37249,+37249'))).toEqual({ kind: 'repeated', repeated: ['37249'], distinct: ['37249'] });
    expect(compareRequest(search('37249,vein,<b>'))).toEqual({ kind: 'not-codes', entries: ['vein', '<b>'] });
  });

  it('puts a typo before counting: a mistyped code is the problem the reader can fix', () => {
    expect(compareRequest(search('3724'))).toEqual({ kind: 'not-codes', entries: ['3724'] });
  });
});

describe('requestProblem', () => {
  it('has no problem for codes it can fetch', () => {
    expect(requestProblem({ kind: 'codes', codes: ['37248', '37249'] })).toBeUndefined();
  });

  it('offers the comparisons that would work instead', () => {
    const fiveCodes = ['37244', '37248', '37249', '37253', '37257'];
    expect(requestProblem({ kind: 'too-many', codes: fiveCodes })).toMatchObject({ suggestions: [fiveCodes.slice(0, MAX_COMPARED)], pages: fiveCodes });
    expect(requestProblem({ kind: 'repeated', repeated: ['37249'], distinct: ['37248', '37249'] })).toMatchObject({ suggestions: [['37248', '37249']] });
    expect(requestProblem({ kind: 'repeated', repeated: ['37249'], distinct: ['37249'] })).toMatchObject({ suggestions: [], pages: ['37249'] });
    expect(requestProblem({ kind: 'one', code: '37249' })).toMatchObject({ suggestions: [], pages: ['37249'] });
  });

  it('says what was wrong in words', () => {
    expect(requestProblem({ kind: 'none' })!.text).toContain('No codes to compare');
    expect(requestProblem({ kind: 'one', code: '37249' })!.text).toContain('Only one code, 37249');
    expect(requestProblem({ kind: 'not-codes', entries: ['vein'] })!.text).toBe('Not a CPT code: “vein”. A code is five characters, e.g. 37249 or 0075T.');
  });
});

describe('unknownCodesProblem', () => {
  it('names the codes without a page, and offers the rest when they still compare', () => {
    expect(unknownCodesProblem(['99999'], ['37248', '37249'])).toEqual({
      text: 'Code 99999 has no page on this site, so it cannot be compared.',
      suggestions: [['37248', '37249']],
      pages: ['37248', '37249'],
    });
    expect(unknownCodesProblem(['99998', '99999'], ['37248'])).toMatchObject({ text: expect.stringContaining('Codes 99998, 99999 have no page'), suggestions: [] });
  });
});
