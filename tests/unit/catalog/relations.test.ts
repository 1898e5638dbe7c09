import { describe, expect, it } from 'vitest';
import { Relations, type RelationRecord } from '../../../src/catalog/relations';

function record(code: string, overrides: Partial<RelationRecord> = {}): RelationRecord {
  return { code, addOn: false, primaryCodes: [], family: 'f', modifiers: [], related: [], ...overrides };
}

describe('Relations', () => {
  const relations = new Relations([
    record('37249', { addOn: true, primaryCodes: ['37248'], related: [{ code: '37248', note: 'own note' }] }),
    record('37248', { related: [{ code: '37249', note: 'from 37248' }, { code: '37250', note: 'no page' }] }),
    record('37247', { addOn: true, primaryCodes: ['37248', '37999'], family: 'g' }),
    record('37246', { modifiers: [{ modifier: '59', basis: 'source', whenToUse: 'when' }] }),
    record('37260', { related: [{ code: '37246', note: 'only 37260 names 37246' }], modifiers: [{ modifier: '59', basis: 'general' }] }),
  ]);

  it('an add-on reports with its primary codes; a code without a page is marked', () => {
    expect(relations.reportWith('37247')).toEqual([
      { code: '37248', hasPage: true },
      { code: '37999', hasPage: false },
    ]);
  });

  it('a primary code lists the add-ons that name it, in code order', () => {
    expect(relations.addOnsOf('37248')).toEqual([
      { code: '37247', hasPage: true },
      { code: '37249', hasPage: true },
    ]);
    expect(relations.addOnsOf('37246')).toEqual([]);
  });

  it('related codes show both ways, with the note of whichever side wrote it', () => {
    expect(relations.related('37246')).toEqual([{ code: '37260', hasPage: true, note: 'only 37260 names 37246', noteFrom: '37260' }]);
    expect(relations.related('37260')).toEqual([{ code: '37246', hasPage: true, note: 'only 37260 names 37246', noteFrom: '37260' }]);
  });

  it('when both sides name each other, each page keeps its own note and lists the code once', () => {
    expect(relations.related('37249')).toEqual([{ code: '37248', hasPage: true, note: 'own note', noteFrom: '37249' }]);
    expect(relations.related('37248')).toEqual([
      { code: '37249', hasPage: true, note: 'from 37248', noteFrom: '37248' },
      { code: '37250', hasPage: false, note: 'no page', noteFrom: '37248' },
    ]);
  });

  it('families list their codes in order, with previous and next within the family', () => {
    expect(relations.familyCodes('f')).toEqual(['37246', '37248', '37249', '37260']);
    expect(relations.familyNeighbours('37246')).toEqual({ previous: undefined, next: '37248' });
    expect(relations.familyNeighbours('37248')).toEqual({ previous: '37246', next: '37249' });
    expect(relations.familyNeighbours('37260')).toEqual({ previous: '37249', next: undefined });
    expect(relations.familyNeighbours('37247')).toEqual({ previous: undefined, next: undefined });
  });

  it('walks a family outward from a code, nearest first, before then after', () => {
    expect([...relations.familyOutward('37248')]).toEqual(['37246', '37249', '37260']);
    expect([...relations.familyOutward('37260')]).toEqual(['37249', '37248', '37246']);
    expect([...relations.familyOutward('37247')]).toEqual([]);
  });

  it('a modifier lists every code that uses it, with that code’s guidance', () => {
    expect(relations.modifierUses('59')).toEqual([
      { code: '37246', whenToUse: 'when', basis: 'source' },
      { code: '37260', whenToUse: undefined, basis: 'general' },
    ]);
    expect(relations.modifierUses('XS')).toEqual([]);
  });
});
