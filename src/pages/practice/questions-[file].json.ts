import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../catalog/catalog';
import { questionIndexFiles } from '../../practice/practice-pages';
import { practiceQuestions } from '../../practice/practice-questions';
import type { IndexEntry } from '../../shared/practice/question-index';

/** The index of every practice question, in files of a bounded size (practiceIndexUrl()). */
export const getStaticPaths = (async () => {
  const files = questionIndexFiles(await practiceQuestions(await getCatalog()));
  return files.map((entries, i) => ({ params: { file: String(i + 1) }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: IndexEntry[] }> = ({ props }) => Response.json(props.entries);
