import { z } from 'zod';
import { CODE_SHAPE, isCode } from '../shared/codes';
import { contentFile } from '../schema/content-files';
import { prose } from '../schema/prose';
import { lower, type SearchVocabulary } from '../shared/search/vocabulary';

export const GLOSSARY_FILE = contentFile('glossary');

const words = z.array(prose).default([]);

/** One entry of content/glossary.yaml (keyed by the term's permanent id), for the build and the content report. */
export const glossaryEntrySchema = z
  .object({
    term: prose.describe('The term as a heading shows it.'),
    definition: prose.describe('A short definition in our own words.'),
    abbreviations: words.describe('Abbreviations as written, case kept ("RS&I", "IVUS").'),
    preferredFor: words.describe('Abbreviations this term is the meaning of, where another term claims them too.'),
    synonyms: words.describe('Other names a coder may search for.'),
    layWords: words.describe('Plain words a patient or newcomer would use.'),
    variants: words.describe('Spelling variants, e.g. British spellings ("haemorrhage").'),
    // Checked for shape in checkGlossary below, so the error names the file and the term.
    relatedCodes: z.array(z.string()).default([]).describe('Codes whose pages use the term.'),
  })
  .strict();

/** A glossary term as the checks and search see it, free of Astro types. */
export type GlossaryTerm = { id: string } & z.output<typeof glossaryEntrySchema>;

/** Glossary order: alphabetical by the term as its heading shows it. */
export const byTerm = (a: GlossaryTerm, b: GlossaryTerm): number => a.term.localeCompare(b.term, 'en');

/**
 * The terms of a glossary file read outside the build (the content report), checked by the same
 * schema; each problem names the file, the term and the field.
 */
export function readGlossary(yaml: unknown, file = GLOSSARY_FILE): { terms: GlossaryTerm[]; errors: string[] } {
  if (!yaml || typeof yaml !== 'object' || Array.isArray(yaml) || !Object.keys(yaml).length) {
    return { terms: [], errors: [`${file}: has no terms; write each as an id with term and definition`] };
  }
  const terms: GlossaryTerm[] = [];
  const errors: string[] = [];
  for (const [id, entry] of Object.entries(yaml)) {
    const parsed = glossaryEntrySchema.safeParse(entry);
    if (parsed.success) terms.push({ id, ...parsed.data });
    else errors.push(...parsed.error.issues.map((issue) => `${file}: ${[id, ...issue.path].join('.')} ${issue.message}`));
  }
  return { terms, errors: [...errors, ...checkGlossary(terms, file)] };
}

/**
 * Checks the schema cannot make. Each problem names the file, the term and the field, and says
 * what to do: a related code must be shaped like a code, and an abbreviation two terms claim must
 * say, with `preferredFor` on exactly one of them, which meaning a reader gets.
 */
export function checkGlossary(terms: readonly GlossaryTerm[], file = GLOSSARY_FILE): string[] {
  const errors: string[] = [];
  const at = (term: GlossaryTerm, field: string, problem: string) => errors.push(`${file}: ${term.id}.${field} ${problem}`);
  const claims = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    if (!term.definition.trim()) at(term, 'definition', 'is empty: every term needs a short definition in our own words');
    term.relatedCodes.forEach((code, i) => {
      if (!isCode(code)) at(term, `relatedCodes[${i}]`, `"${code}" is not a code: ${CODE_SHAPE}, quoted`);
    });
    for (const abbreviation of term.abbreviations) claims.set(abbreviation, [...(claims.get(abbreviation) ?? []), term]);
    term.preferredFor.forEach((abbreviation, i) => {
      if (!term.abbreviations.includes(abbreviation)) at(term, `preferredFor[${i}]`, `"${abbreviation}" is not one of this term's abbreviations`);
    });
  }
  for (const [abbreviation, claimants] of claims) {
    if (claimants.length < 2) continue;
    claimants.sort((a, b) => a.id.localeCompare(b.id, 'en'));
    const preferred = claimants.filter((term) => term.preferredFor.includes(abbreviation));
    if (preferred.length === 1) continue;
    const ids = claimants.map((term) => term.id).join(', ');
    at(claimants[0]!, 'abbreviations', `"${abbreviation}" is claimed by ${ids}: add it to preferredFor on exactly the one it means`);
  }
  return errors;
}

/** Every way of writing a term, the term itself first. */
function termForms(term: GlossaryTerm): string[] {
  return [term.term, ...term.abbreviations, ...term.synonyms, ...term.layWords, ...term.variants];
}

/** Other forms searched for a query form: enough to find the term's pages, few enough to stay quick. */
const MAX_ALTERNATIVES = 3;

/**
 * What search needs from the glossary: for each written form (lower case), the forms searched
 * besides it. Any form leads to the term's name and abbreviations; the name itself leads only to
 * its abbreviations, so a query in the field's own words is not widened to everyday words (and
 * does not download their part of the index). Forms several terms share go to the term that
 * prefers them, else the first.
 */
export function searchVocabulary(terms: readonly GlossaryTerm[]): SearchVocabulary {
  const vocabulary: SearchVocabulary = {};
  const preferred = new Set(terms.flatMap((term) => term.preferredFor.map(lower)));
  for (const term of terms) {
    const name = lower(term.term);
    const targets = [name, ...term.abbreviations.map(lower)];
    for (const form of new Set(termForms(term).map(lower))) {
      const owned = vocabulary[form] !== undefined;
      if (owned && !(preferred.has(form) && term.preferredFor.map(lower).includes(form))) continue;
      const alternatives = targets.filter((target) => target !== form && !(form === name && target === name));
      vocabulary[form] = [...new Set(alternatives)].slice(0, MAX_ALTERNATIVES);
    }
  }
  return vocabulary;
}
