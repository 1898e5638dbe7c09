import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { getGlossary } from '../../glossary/glossary-collection';
import { rankingNames } from '../../search-index/ranking-names';
import { searchVocabulary } from '../../glossary/terms';
import type { WordSearchData } from '../../shared/search/ranking';

export const GET: APIRoute = async () => {
  const data: WordSearchData = { forms: searchVocabulary(await getGlossary()), ...rankingNames(await getCatalog()) };
  return Response.json(data);
};
