import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { directoryEntries } from '../../../data/code-directory';
import { rankingNames } from '../../../data/ranking-names';
import { buildWordShards, type WordShard } from '../../../lib/word-suggestions';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const shards = buildWordShards(directoryEntries(catalog), rankingNames(catalog));
  return [...shards].map(([shard, words]) => ({ params: { shard }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: WordShard }> = ({ props }) => Response.json(props.words);
