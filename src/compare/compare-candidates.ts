import type { Relations } from '../catalog/relations';

/** Enough choices to cover a family's nearest codes without turning the line into a code list. */
export const MAX_COMPARE_WITH = 6;

/**
 * The codes a code page offers to compare with: its related codes that have a page first (an author
 * chose them), then the other codes of its family, nearest in family order first.
 */
export function compareCandidates(code: string, family: string, relations: Relations): string[] {
  const related = relations.related(code).filter((r) => r.hasPage).map((r) => r.code);
  const candidates = new Set(related.filter((other) => other !== code));
  const members = relations.familyCodes(family);
  const at = members.indexOf(code);
  // Outward from the code, one step each way at a time: a family may hold thousands of codes.
  for (let step = 1; candidates.size < MAX_COMPARE_WITH && (at - step >= 0 || at + step < members.length); step++) {
    for (const member of [members[at - step], members[at + step]]) if (member !== undefined) candidates.add(member);
  }
  return [...candidates].slice(0, MAX_COMPARE_WITH);
}
