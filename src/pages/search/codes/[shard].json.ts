import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { codeDirectory } from '../../../data/code-directory';
import type { DirectoryEntry } from '../../../lib/code-directory';

export const getStaticPaths = (async () => {
  const directory = codeDirectory(await getCatalog());
  return [...directory].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: DirectoryEntry[] }> = ({ props }) => Response.json(props.entries);
