import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog';
import { codeDirectory } from '../../../search-index/directory-entries';
import type { DirectoryEntry } from '../../../shared/search/code-directory';

export const getStaticPaths = (async () => {
  const directory = codeDirectory(await getCatalog());
  return [...directory].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: DirectoryEntry[] }> = ({ props }) => Response.json(props.entries);
