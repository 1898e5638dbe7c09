import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type CodeEntry } from '../../../data/catalog';
import { codeExport } from '../../../data/code-export';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.codes.map((entry) => ({ params: { code: entry.data.code }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CodeEntry }> = async ({ props, site }) => {
  if (!site) throw new Error(`astro.config.mjs: \`site\` is needed for the absolute URLs in /api/codes/${props.entry.data.code}.json`);
  return Response.json(codeExport(props.entry, await getCatalog(), site));
};
