import { z } from 'zod';

/** Text an author writes: trimmed, and never empty. */
export const prose = z.string().trim().min(1, 'must not be empty');

/** A field's place as an author finds it in the YAML: `history.revisions[0].text`, where zod says `history.revisions.0.text`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

/**
 * Prose inside list entries. Astro prints a schema error under zod's path, with only "Required"
 * for a missing value; this message names the entry as the author finds it and says what to write.
 */
export function listedProse(instruction: string) {
  const error = (issue: { path?: PropertyKey[] | undefined }) => `${fieldPath(issue.path ?? [])} is missing or empty: ${instruction}`;
  return z.string({ error }).trim().min(1, { error });
}
