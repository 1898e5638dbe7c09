import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { codeListExport } from '../../data/code-export';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is needed for the absolute URLs in /api/codes.json');
  return Response.json(codeListExport(await getCatalog(), site));
};
