import type { Catalog, CodeEntry } from './catalog';
import { must } from './catalog';
import { ADD_ON_OPTIONS, filterGroups, type FilterGroup, type FilterValues } from '../lib/search-filters';

/** The filter values a code page records in the search index, with the labels the search page shows. */
export function codeFilterValues(entry: CodeEntry, catalog: Catalog): FilterValues {
  const d = entry.data;
  const family = must(catalog.families, d.family.id);
  return {
    family: [{ value: family.id, label: family.data.name }],
    addon: [d.addOn ? ADD_ON_OPTIONS.yes : ADD_ON_OPTIONS.no],
    site: d.sites.map((s) => ({ value: s.id, label: must(catalog.sites, s.id).data.name })),
    payer: d.payers.map((p) => ({ value: p.id, label: must(catalog.payers, p.id).data.name })),
    modifier: d.modifiers.map((m) => ({ value: m.modifier.id, label: `${m.modifier.id}: ${must(catalog.modifiers, m.modifier.id).data.name}` })),
  };
}

/** The search page's filters: exactly the values the indexed code pages carry. */
export function searchFilterGroups(catalog: Catalog): FilterGroup[] {
  return filterGroups(catalog.codes.map((entry) => codeFilterValues(entry, catalog)));
}
