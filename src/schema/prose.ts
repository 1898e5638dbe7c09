import { z } from 'zod';
import { fieldPath } from './field-path';

/** Text an author writes: trimmed, and never empty. */
export const prose = z.string().trim().min(1, 'must not be empty');

/**
 * Prose inside list entries. Astro prints a schema error under zod's path, with only "Required"
 * for a missing value; this message names the entry as the author finds it and says what to write.
 */
export function listedProse(instruction: string) {
  const error = (issue: { path?: PropertyKey[] | undefined }) => `${fieldPath(issue.path ?? [])} is missing or empty: ${instruction}`;
  return z.string({ error }).trim().min(1, { error });
}
