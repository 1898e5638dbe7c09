import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { getGlossary } from '../../data/glossary';
import { searchVocabulary } from '../../lib/glossary';
import type { WordSearchData } from '../../lib/search-ranking';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const data: WordSearchData = {
    forms: searchVocabulary(await getGlossary()),
    modifiers: [...catalog.modifiers.keys()].map((id) => id.toUpperCase()),
    families: [...catalog.families.values()].map((family) => family.data.name.toLocaleLowerCase('en')),
  };
  return Response.json(data);
};
