import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { livePage } from '../../code-page/code-view';
import { compareRecord } from '../../compare/compare-rows';

/** Every code's compare rows; the build splits this into one file per code (src/compare/write-compare-data.ts). */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return Response.json({ codes: catalog.codes.map((entry) => compareRecord(livePage(entry, catalog))) });
};
