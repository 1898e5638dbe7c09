import type { GlossaryTerm } from '../../src/glossary/terms';

/** A glossary term with every list empty but those a test gives. */
export const glossaryTerm = (id: string, fields: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
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

/** A spelling variant with a lay word, and two abbreviations, one with markup characters. */
export const sampleTerms = [
  glossaryTerm('hemorrhage', { term: 'Hemorrhage', variants: ['haemorrhage'], layWords: ['bleeding'] }),
  glossaryTerm('ivus', { term: 'Intravascular ultrasound', abbreviations: ['IVUS'] }),
  glossaryTerm('rsi', { term: 'Radiological supervision and interpretation', abbreviations: ['RS&I'] }),
];
