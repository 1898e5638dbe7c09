import { getCatalog, type Catalog } from '../catalog/catalog';
import { getKeptEditions, type KeptEdition } from '../editions/kept-editions';
import { currentEdition } from '../site/site-config';
import { CODE_FIELDS } from '../schema/code-fields';
import { filterSpecs, filterValues } from '../schema/field-descriptors';
import { filterGroups, type FilterGroup, type FilterOption } from '../shared/search/filters';
import { editionOptions } from '../shared/search/presentation';

/**
 * The search page's filters: exactly the values the indexed code pages carry, the live pages' first.
 * A kept edition's pages may carry a value the live ones have since lost (a payer dropped), and
 * searching that edition must still be able to filter by it.
 */
function searchFilterGroups(catalog: Catalog, editions: readonly KeptEdition[] = []): FilterGroup[] {
  const live = catalog.codes.map(({ data }) => filterValues(CODE_FIELDS, data, { code: data.code, catalog }));
  const kept = editions.flatMap((edition) =>
    [...edition.codes.values()].map(({ data }) => filterValues(CODE_FIELDS, data, { code: data.code, catalog: edition.catalog })),
  );
  return filterGroups(filterSpecs(CODE_FIELDS), [...live, ...kept]);
}

/** What the search page offers: the filter groups, and the editions it can search (each with its own index). */
export async function searchPageChoices(): Promise<{ groups: FilterGroup[]; editions: FilterOption[] }> {
  const editions = await getKeptEditions();
  return {
    groups: searchFilterGroups(await getCatalog(), editions),
    editions: editionOptions(currentEdition(), editions.map((edition) => edition.year)),
  };
}
