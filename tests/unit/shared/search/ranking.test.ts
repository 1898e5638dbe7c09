import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/shared/search/query';
import { kindOrder, orderHits, rankByKind } from '../../../../src/shared/search/ranking';

const names = { modifiers: ['59', 'XS'], families: ['peripheral vein balloon angioplasty'] };

describe('kindOrder', () => {
  it('puts code pages first for word queries', () => expect(kindOrder(parseQuery('external iliac'), names)).toEqual(['code', 'other']));
  it('puts the named page first for a modifier code or a family name', () => {
    expect(kindOrder(parseQuery('xs'), names)).toEqual(['other', 'code']);
    expect(kindOrder(parseQuery('Peripheral vein balloon angioplasty'), names)).toEqual(['other', 'code']);
  });
});

describe('rankByKind', () => {
  it('groups by kind and keeps rank within a group', () =>
    expect(rankByKind(['family', 'a', 'modifier', 'b'], (id) => (id.length === 1 ? 'code' : 'other'), ['code', 'other'])).toEqual(['a', 'b', 'family', 'modifier']));
});

describe('orderHits', () => {
  it('puts the family a query names first', () =>
    expect(orderHits(parseQuery('peripheral vein balloon angioplasty'), [{ code: '37248' }, { family: 'Peripheral vein balloon angioplasty' }])[0]).toEqual({
      family: 'Peripheral vein balloon angioplasty',
    }));
});
