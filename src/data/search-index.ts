import type { Catalog } from './catalog';
import { CODE_FIELDS } from '../lib/code-fields';
import { filterSpecs, filterValues } from '../lib/field-descriptors';
import { filterGroups, type FilterGroup } from '../lib/search-filters';

/** The search page's filters: exactly the values the indexed code pages carry. */
export function searchFilterGroups(catalog: Catalog): FilterGroup[] {
  const values = catalog.codes.map(({ data }) => filterValues(CODE_FIELDS, data, { code: data.code, catalog }));
  return filterGroups(filterSpecs(CODE_FIELDS), values);
}
