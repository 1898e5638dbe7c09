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

const hits = [{ code: '37249' }, { code: '37253' }, { code: undefined }, { code: '37244' }, { code: '37248' }];

describe('orderHits by query kind', () => {
  it('puts the exact code first and keeps the rest in rank order', () =>
    expect(orderHits(parseQuery('37248'), hits).map((h) => h.code)).toEqual(['37248', '37249', '37253', undefined, '37244']),
  );
  it('lists the codes with a prefix in code order, before other pages', () =>
    expect(orderHits(parseQuery('3724'), hits).map((h) => h.code)).toEqual(['37244', '37248', '37249', '37253', undefined]),
  );
  it('leaves word searches in rank order', () => expect(orderHits(parseQuery('vein'), hits)).toEqual(hits));
  it('puts the modifier page that was typed first, before codes that mention it', () => {
    const withModifiers = [{ code: '37249' }, { modifier: 'XS' }, { modifier: '59' }];
    expect(orderHits(parseQuery('59'), withModifiers)).toEqual([{ modifier: '59' }, { code: '37249' }, { modifier: 'XS' }]);
    expect(orderHits(parseQuery('xs'), withModifiers)[0]).toEqual({ modifier: 'XS' });
  });
});
