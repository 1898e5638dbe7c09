import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { catalogWords } from '../../data/search-words';

export const GET: APIRoute = async () => Response.json(catalogWords(await getCatalog()));
