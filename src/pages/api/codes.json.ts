import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { codeListExport } from '../../export/export-records';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is needed for the absolute URLs in /api/codes.json');
  return Response.json(codeListExport(await getCatalog(), site));
};
