import type { Catalog } from '../catalog/catalog';
import type { RankingNames } from '../shared/search/ranking';

/** The modifier ids and family names ranking tells apart, as src/shared/search/ranking.ts compares them. */
export function rankingNames(catalog: Catalog): RankingNames {
  return {
    modifiers: [...catalog.modifiers.keys()].map((id) => id.toUpperCase()),
    families: [...catalog.families.values()].map((family) => family.data.name.toLocaleLowerCase('en')),
  };
}
