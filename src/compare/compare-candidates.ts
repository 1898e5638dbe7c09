import type { Relations } from '../catalog/relations';

/** Enough choices to cover a family's nearest codes without turning the line into a code list. */
export const MAX_COMPARE_WITH = 6;

/**
 * The codes a code page offers to compare with: its related codes that have a page first (an author
 * chose them), then the other codes of its family, nearest in family order first.
 */
export function compareCandidates(code: string, relations: Relations): string[] {
  const related = relations.related(code).filter((r) => r.hasPage).map((r) => r.code);
  const candidates = new Set(related.filter((other) => other !== code));
  // Walked lazily: a family may hold thousands of codes, and only the nearest few are wanted.
  for (const member of relations.familyOutward(code)) {
    if (candidates.size >= MAX_COMPARE_WITH) break;
    candidates.add(member);
  }
  return [...candidates].slice(0, MAX_COMPARE_WITH);
}
