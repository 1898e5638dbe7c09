import { createHash } from 'node:crypto';
import type { RenderedBody } from '../bodies/render-body';
import { BODY_SECTIONS, DATA_SECTIONS, type Section } from '../code-page/sections';

/**
 * What a pinned page tells its reader: which parts of the live page now say something else.
 * Both pages are rendered by today's code, so any difference is a difference in content.
 */
export interface ComparablePage {
  /** The rendered body (src/bodies/render-body.ts): its sections are compared as written, before glossary terms are linked. */
  body: Pick<RenderedBody, 'sections'>;
  /** The page view (src/schema/code-fields.ts): what quick facts and the data sections show. */
  view: Readonly<Record<string, unknown>>;
}

/** The part above the sections; it has no anchor of its own, so it is named by what it holds. */
export const SUMMARY: Section = { id: 'summary', label: 'The summary at the top' };

/** View keys that are not content: where the page sits among its neighbours, and when it was last reviewed. */
const NOT_COMPARED = new Set(['familyNeighbours', 'lastReviewed']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const written = (page: ComparablePage, id: string) => page.body.sections.find((s) => s.id === id)?.written;

/** The sections whose content differs between a kept page and the live one, in page order, the summary first. */
export function changedSections(kept: ComparablePage, live: ComparablePage): Section[] {
  const inSections = new Set<string>(DATA_SECTIONS.flatMap((s) => s.fields));
  const summaryKeys = [...new Set([...Object.keys(kept.view), ...Object.keys(live.view)])].filter((key) => !inSections.has(key) && !NOT_COMPARED.has(key));
  const differs = (keys: readonly string[]) => keys.some((key) => !same(kept.view[key], live.view[key]));
  return [
    ...(differs(summaryKeys) ? [SUMMARY] : []),
    ...BODY_SECTIONS.filter((s) => written(kept, s.id) !== written(live, s.id)),
    ...DATA_SECTIONS.filter((s) => differs(s.fields)),
  ];
}

/**
 * What changedSections compares of a body: each section as written, by its digest (null where the
 * body has no such section). Small enough to keep for every kept body its edition's check compiled
 * (src/editions/kept-files.ts), so telling a kept page from its live one need not compile it again.
 */
export type WrittenDigests = Readonly<Record<string, string | null>>;

export function writtenDigests(body: ComparablePage['body']): WrittenDigests {
  const digest = (text: string | undefined) => (text === undefined ? null : createHash('sha256').update(text).digest('base64'));
  return Object.fromEntries(BODY_SECTIONS.map((s) => [s.id, digest(written({ body, view: {} }, s.id))]));
}

/** Whether two bodies' sections read the same, as changedSections compares them. */
export const sameWritten = (a: WrittenDigests, b: WrittenDigests) => BODY_SECTIONS.every((s) => a[s.id] === b[s.id]);

/** A list as a sentence says it, "A, B and C": each item with the words that go before it. */
export function inWords<T>(items: readonly T[]): { before: string; item: T }[] {
  return items.map((item, i) => ({ before: i === 0 ? '' : i === items.length - 1 ? ' and ' : ', ', item }));
}
