import { describe, expect, it } from 'vitest';
import { searchVocabulary } from '../../../../src/glossary/terms';
import { expandQuery } from '../../../../src/shared/search/vocabulary';
import { sampleTerms } from '../../../support/glossary';

describe('expandQuery', () => {
  const vocabulary = searchVocabulary(sampleTerms);
  it('searches a spelling variant or a lay word as the term', () => {
    expect(expandQuery('haemorrhage', vocabulary)).toEqual([{ query: 'hemorrhage', searched: 'hemorrhage' }]);
    expect(expandQuery('Bleeding', vocabulary)).toEqual([{ query: 'hemorrhage', searched: 'hemorrhage' }]);
  });
  it('does not widen the term itself to everyday words', () => expect(expandQuery('hemorrhage', vocabulary)).toEqual([]));
  it('expands an abbreviation in any case, keeping the other words', () =>
    expect(expandQuery('IVUS vessel', vocabulary)[0]).toEqual({ query: 'intravascular ultrasound vessel', searched: 'intravascular ultrasound' }));
  it('matches a whole phrase before its words', () => expect(expandQuery('intravascular ultrasound', vocabulary)[0]?.searched).toBe('ivus'));
  it('leaves words outside the vocabulary alone, including object keys', () => {
    expect(expandQuery('balloon vein', vocabulary)).toEqual([]);
    expect(expandQuery('constructor __proto__', vocabulary)).toEqual([]);
  });
});
