import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../../src/glossary/terms';
import { glossaryTerm as term } from '../../support/glossary';

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
