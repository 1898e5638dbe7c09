import type { SelectableQuestion } from './practice-set';

/**
 * The practice questions are published in two shapes that keep every file small at any size of
 * the code set: each family's questions on pages of QUESTIONS_PER_FAMILY_PAGE (readable without
 * JavaScript, and the files the practice page takes its questions from), and an index of every
 * question in page order, in files of QUESTIONS_PER_INDEX_FILE entries, that sets are chosen
 * and ordered from. Both sides (build and browser) read these limits here.
 */
export const QUESTIONS_PER_FAMILY_PAGE = 10;
export const QUESTIONS_PER_INDEX_FILE = 2000;
/** How many questions of a set the practice page shows at a time. */
export const QUESTIONS_PER_VIEW = 10;

/**
 * One question as the index file carries it: [family id, question id, the codes its answer
 * involves (space separated), the code page of a worked example (absent for a chooser walk)].
 * A tuple, not an object: at 10,000 codes the index holds 10,000 of them.
 */
export type IndexEntry = [family: string, id: string, codes: string, page?: string];

/** A question of the index, with where it is published. */
export interface IndexedQuestion extends SelectableQuestion {
  /** The worked example's code page; undefined for a chooser walk. */
  page: string | undefined;
  /** Its family's practice page holding it (1 for the first). */
  familyPage: number;
}

/** The family page holding a question, from its place among its family's questions (0 for the first). */
export const familyPageOf = (rankInFamily: number) => Math.floor(rankInFamily / QUESTIONS_PER_FAMILY_PAGE) + 1;

/** The index files' entries, in page order, read into questions with the family page that holds each. */
export function readQuestionIndex(entries: readonly IndexEntry[]): IndexedQuestion[] {
  const seen = new Map<string, number>();
  return entries.map(([family, id, codes, page]) => {
    const rank = seen.get(family) ?? 0;
    seen.set(family, rank + 1);
    return { id, family, codes: codes.split(' '), page, familyPage: familyPageOf(rank) };
  });
}

/** A question's title, the same on every page that shows or names it. */
export function questionTitle(page: string | undefined, familyName: string): string {
  return page ? `Worked example from ${page}` : `Choose the code: ${familyName}`;
}

const ANCHOR_PREFIX = 'q-';

/** A question's anchor (its element's id) on every page that shows it, e.g. /practice/#q-37249-example-1. */
export const questionAnchor = (id: string) => `${ANCHOR_PREFIX}${id}`;

/** The question an address's hash ("#q-37249-example-1") points to, if any. */
export const questionOfHash = (hash: string) => (hash.startsWith(`#${ANCHOR_PREFIX}`) ? hash.slice(ANCHOR_PREFIX.length + 1) : undefined);
