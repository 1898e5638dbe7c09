import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog';
import { directoryEntries } from '../../../search-index/directory-entries';
import { rankingNames } from '../../../search-index/ranking-names';
import { buildWordShards, type WordShard } from '../../../shared/search/word-suggestions';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const shards = buildWordShards(directoryEntries(catalog), rankingNames(catalog));
  return [...shards].map(([shard, words]) => ({ params: { shard }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: WordShard }> = ({ props }) => Response.json(props.words);
