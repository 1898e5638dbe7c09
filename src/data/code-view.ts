import type { Catalog, CodeEntry } from './catalog';
import { must } from './catalog';
import { DATA_GAPS } from '../lib/data-gaps';
import type { CodeRef, FamilyNeighbours, RelatedRef } from '../lib/relations';

export type { CodeRef, RelatedRef } from '../lib/relations';

export interface ModifierRow {
  id: string;
  name: string;
  description: string;
  level: string;
  whenToUse: string | undefined;
  basis: 'source' | 'general';
}

/** Everything a code page shows, resolved from the catalog so components only render. */
export interface CodeView {
  code: string;
  title: string;
  lead: string;
  addOn: boolean;
  family: { id: string; name: string };
  serviceType: string;
  sites: string[];
  payers: string[];
  reportWith: CodeRef[];
  primaryService: string | undefined;
  addOns: CodeRef[];
  familyNeighbours: FamilyNeighbours;
  modifiers: ModifierRow[];
  related: RelatedRef[];
  dataGaps: string[];
  lastReviewed: Date;
  deleted: { year: number; replacedBy: CodeRef[] } | undefined;
}

export function codeView(entry: CodeEntry, catalog: Catalog): CodeView {
  const d = entry.data;
  const relations = catalog.relations;
  const family = must(catalog.families, d.family.id);
  return {
    code: d.code,
    title: d.title,
    lead: d.lead,
    addOn: d.addOn,
    family: { id: family.id, name: family.data.name },
    serviceType: d.serviceType,
    sites: d.sites.map((s) => must(catalog.sites, s.id).data.name),
    payers: d.payers.map((p) => must(catalog.payers, p.id).data.name),
    reportWith: relations.reportWith(d.code),
    primaryService: d.primaryService,
    addOns: relations.addOnsOf(d.code),
    familyNeighbours: relations.familyNeighbours(d.code),
    modifiers: d.modifiers.map((m) => {
      const modifier = must(catalog.modifiers, m.modifier.id);
      return {
        id: modifier.id,
        name: modifier.data.name,
        description: modifier.data.description,
        level: modifier.data.level,
        whenToUse: m.whenToUse,
        basis: m.basis,
      };
    }),
    related: relations.related(d.code),
    dataGaps: d.dataGaps.map((g) => DATA_GAPS[g]),
    lastReviewed: d.lastReviewed,
    deleted: d.deleted && { year: d.deleted.year, replacedBy: d.deleted.replacedBy.map((c) => relations.ref(c)) },
  };
}
