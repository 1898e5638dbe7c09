import type { Catalog, CodeEntry, Family } from './catalog';

export interface FamilyGroup {
  family: Family;
  codes: CodeEntry[];
}

/** Families with their codes in code order; families ordered by their first code. */
export function familyGroups(catalog: Catalog): FamilyGroup[] {
  const groups = new Map<string, FamilyGroup>();
  for (const entry of catalog.codes) {
    const id = entry.data.family.id;
    const group = groups.get(id) ?? { family: catalog.families.get(id)!, codes: [] };
    group.codes.push(entry);
    groups.set(id, group);
  }
  return [...groups.values()];
}
