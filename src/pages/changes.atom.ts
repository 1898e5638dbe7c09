import type { APIRoute } from 'astro';
import { changeFeedXml } from '../editions/edition-pages';
import { ATOM_MEDIA_TYPE } from '../editions/atom';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is needed for the absolute URLs in the change feed');
  return new Response(await changeFeedXml(site), { headers: { 'Content-Type': `${ATOM_MEDIA_TYPE}; charset=utf-8` } });
};
