import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { catalogWords } from '../../search-index/catalog-words';

export const GET: APIRoute = async () => Response.json(catalogWords(await getCatalog()));
