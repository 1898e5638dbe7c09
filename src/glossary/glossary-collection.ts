import { getCollection } from 'astro:content';
import { formatContentErrors } from '../catalog/catalog-checks';
import { GLOSSARY_FILE, byTerm, checkGlossary, type GlossaryTerm } from './terms';

async function load(): Promise<GlossaryTerm[]> {
  const terms = (await getCollection('glossary')).map(({ id, data }): GlossaryTerm => ({ id, ...data }));
  // Astro only logs a file it cannot parse and carries on with an empty collection.
  if (!terms.length) throw new Error(formatContentErrors([`${GLOSSARY_FILE}: has no terms, or could not be read (see the file-loader error above)`]));
  const errors = checkGlossary(terms, GLOSSARY_FILE);
  if (errors.length) throw new Error(formatContentErrors(errors));
  return terms.sort(byTerm);
}

let cached: Promise<GlossaryTerm[]> | undefined;

/** The checked glossary in alphabetical order, loaded once per build. */
export function getGlossary(): Promise<GlossaryTerm[]> {
  cached ??= load();
  return cached;
}
