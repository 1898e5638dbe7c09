import { describe, expect, it } from 'vitest';
import { checkGlossary, searchVocabulary, type GlossaryTerm } from '../../../src/glossary/terms';
import { expandQuery } from '../../../src/shared/search/vocabulary';

const term = (id: string, fields: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id,
  term: id,
  definition: `What ${id} means.`,
  abbreviations: [],
  preferredFor: [],
  synonyms: [],
  layWords: [],
  variants: [],
  relatedCodes: [],
  ...fields,
});

describe('checkGlossary', () => {
  it('accepts a sound glossary', () => expect(checkGlossary([term('rsi', { abbreviations: ['RS&I'], relatedCodes: ['37249', '0075T'] })])).toEqual([]));
  it('names the file, term and field of a malformed related code', () =>
    expect(checkGlossary([term('rsi', { relatedCodes: ['37249', '3724'] })])).toEqual([
      'content/glossary.yaml: rsi.relatedCodes[1] "3724" is not a code: five digits, or four digits and F, T or U (e.g. "37249", "0075T"), quoted',
    ]));
  it('refuses a term without a definition', () => expect(checkGlossary([term('ivus', { definition: ' ' })])[0]).toMatch(/^content\/glossary\.yaml: ivus\.definition is empty/));
  it('asks which term an abbreviation two terms claim means', () => {
    const ir = [term('interventional-radiology', { abbreviations: ['IR'] }), term('infrared', { abbreviations: ['IR'] })];
    expect(checkGlossary(ir)).toEqual([
      'content/glossary.yaml: infrared.abbreviations "IR" is claimed by infrared, interventional-radiology: add it to preferredFor on exactly the one it means',
    ]);
    ir[0]!.preferredFor = ['IR'];
    expect(checkGlossary(ir)).toEqual([]);
  });
  it('refuses preferredFor naming an abbreviation the term does not have', () =>
    expect(checkGlossary([term('ct', { preferredFor: ['CAT'] })])).toEqual(['content/glossary.yaml: ct.preferredFor[0] "CAT" is not one of this term\'s abbreviations']));
});

const terms = [
  term('hemorrhage', { term: 'Hemorrhage', variants: ['haemorrhage'], layWords: ['bleeding'] }),
  term('ivus', { term: 'Intravascular ultrasound', abbreviations: ['IVUS'] }),
  term('rsi', { term: 'Radiological supervision and interpretation', abbreviations: ['RS&I'] }),
];

describe('expandQuery', () => {
  const vocabulary = searchVocabulary(terms);
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
