import type { Catalog, CodeEntry, Family } from './catalog';
import { must } from './lookup';

export interface FamilyGroup {
  family: Family;
  codes: CodeEntry[];
}

/** Families that have codes, each with its codes in code order; families ordered by their first code. */
export function familyGroups(catalog: Catalog): FamilyGroup[] {
  return [...catalog.families.values()]
    .map((family) => ({
      family,
      codes: catalog.relations.familyCodes(family.id).map((code) => must(catalog.codeById, code)),
    }))
    .filter((group) => group.codes.length > 0)
    .sort((a, b) => catalog.codes.indexOf(a.codes[0]!) - catalog.codes.indexOf(b.codes[0]!));
}
