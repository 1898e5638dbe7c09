import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { getGlossary } from '../../data/glossary';
import { rankingNames } from '../../data/ranking-names';
import { searchVocabulary } from '../../lib/glossary';
import type { WordSearchData } from '../../lib/search-ranking';

export const GET: APIRoute = async () => {
  const data: WordSearchData = { forms: searchVocabulary(await getGlossary()), ...rankingNames(await getCatalog()) };
  return Response.json(data);
};
