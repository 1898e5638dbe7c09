import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog';
import { getKeptEditions } from '../../../editions/kept-editions';
import { getOwnPages } from '../../../editions/same-as-live';
import { editionDifferences } from '../../../shared/edition-differences';

// keptDifferencesUrl(): how each kept edition's codes differ from the live pages.
export const getStaticPaths = (async () => {
  const [own, liveCodes] = await Promise.all([getOwnPages(), getCatalog().then((catalog) => [...catalog.codeById.keys()])]);
  return (await getKeptEditions()).map((edition) => ({
    params: { year: String(edition.year) },
    props: { differences: editionDifferences(own.get(edition.year)!, liveCodes.filter((code) => !edition.codes.has(code))) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.differences);
