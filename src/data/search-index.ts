import type { Catalog, CodeEntry } from './catalog';
import { CODE_FIELDS } from '../lib/code-fields';
import { filterSpecs, filterValues } from '../lib/field-descriptors';
import { filterGroups, type FilterGroup, type FilterValues } from '../lib/search-filters';

/** The filter values a code page records in the search index, with the labels the search page shows. */
export function codeFilterValues(entry: CodeEntry, catalog: Catalog): FilterValues {
  return filterValues(CODE_FIELDS, entry.data, { code: entry.data.code, catalog });
}

/** The search page's filters: exactly the values the indexed code pages carry. */
export function searchFilterGroups(catalog: Catalog): FilterGroup[] {
  return filterGroups(filterSpecs(CODE_FIELDS), catalog.codes.map((entry) => codeFilterValues(entry, catalog)));
}
