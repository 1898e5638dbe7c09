import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog';
import { getKeptEditions } from '../../../editions/kept-editions';
import { getOwnPages } from '../../../editions/same-as-live';
import { editionsWithAddedIndex } from '../../../kept-cache/kept-page-plan';
import { editionDifferences } from '../../../shared/edition-differences';

// keptDifferencesUrl(): how each kept edition's codes differ from the live pages.
export const getStaticPaths = (async () => {
  const editions = await getKeptEditions();
  const [own, liveCodes, withAddedIndex] = await Promise.all([getOwnPages(), getCatalog().then((catalog) => [...catalog.codeById.keys()]), editionsWithAddedIndex(editions)]);
  return editions.map((edition) => ({
    params: { year: String(edition.year) },
    props: { differences: editionDifferences(own.get(edition.year)!, liveCodes.filter((code) => !edition.codes.has(code)), withAddedIndex.has(edition.year)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.differences);
