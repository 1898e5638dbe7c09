import { listValue, readList, readableQuery } from '../address-lists';
import { normalizeCode } from '../codes';
import { seededShuffle } from './seeded-order';

/** The practice page's address parameters: the one place they are named. */
export const PRACTICE_PARAMS = { family: 'family', codes: 'codes', seed: 'seed' } as const;

/** A set of questions as an address describes it. */
export interface PracticeSet {
  family?: string;
  codes: string[];
  seed?: string;
}

/** What selection needs to know of a question. */
export interface SelectableQuestion {
  id: string;
  family: string;
  codes: readonly string[];
}

/** Reads a set from the page's query string ("?family=…&codes=37248,37249&seed=…"). */
export function readPracticeSet(search: string): PracticeSet {
  const params = new URLSearchParams(search);
  const codes = readList(params.get(PRACTICE_PARAMS.codes)).flatMap((c) => normalizeCode(c) ?? []);
  const family = params.get(PRACTICE_PARAMS.family)?.trim() || undefined;
  const seed = params.get(PRACTICE_PARAMS.seed)?.trim() || undefined;
  return { codes, ...(family ? { family } : {}), ...(seed ? { seed } : {}) };
}

/** The query string of a set (with "?"), the inverse of readPracticeSet(). */
export function practiceSetQuery(set: PracticeSet): string {
  const params = new URLSearchParams();
  if (set.family) params.set(PRACTICE_PARAMS.family, set.family);
  if (set.codes.length) params.set(PRACTICE_PARAMS.codes, listValue(set.codes));
  if (set.seed) params.set(PRACTICE_PARAMS.seed, set.seed);
  const query = readableQuery(params);
  return query ? `?${query}` : '';
}

/** The ids of the set's questions: those of the family, and those whose answers involve any of the codes; shuffled by the seed, else in page order. */
export function selectQuestions(questions: readonly SelectableQuestion[], set: PracticeSet): string[] {
  const chosen = questions.filter(
    (q) => (!set.family || q.family === set.family) && (!set.codes.length || q.codes.some((c) => set.codes.includes(c))),
  );
  const ids = chosen.map((q) => q.id);
  return set.seed ? seededShuffle(ids, set.seed) : ids;
}
