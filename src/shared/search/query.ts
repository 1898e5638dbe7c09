import { codeCandidate, isCode } from '../codes';

/** Queries are cut to this many characters: no code or phrase a coder types is longer. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Longer "words" are pasted noise, not terms; Pagefind would answer them with whatever its
 * longest-prefix fallback finds (200 x's match "XS"), so they are dropped.
 */
export const MAX_WORD_LENGTH = 40;

/** What a query asks for, decided before Pagefind sees it. `shown` is the cleaned text to echo back. */
export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'unsearchable'; shown: string }
  | { kind: 'code'; shown: string; term: string; code: string }
  | { kind: 'prefix'; shown: string; term: string; prefix: string }
  | { kind: 'text'; shown: string; term: string; codeLike: string | null };

/** A result as the query rules see it: code pages carry their code, modifier pages their modifier. */
export interface CodedHit {
  code?: string | undefined;
  modifier?: string | undefined;
}

/**
 * Compatibility normalisation, then no control, format (bidi, zero-width) or lone-surrogate
 * characters: pasted text often carries them and Pagefind would match nothing.
 */
export function cleanQuery(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * One letter or digit matches most of the index: suggesting for it would download result
 * fragments for pages nobody is looking for. The search page still searches it on request.
 */
export const MIN_SUGGEST_CHARACTERS = 2;

/** Suggestions shown under the box; the search page lists the rest. */
export const BOX_SUGGESTIONS = 8;

export function wantsSuggestions(query: SearchQuery): boolean {
  if (query.kind === 'empty' || query.kind === 'unsearchable') return true;
  // What is searched counts, not what was typed: "cpt 3" is the one digit 3.
  return Array.from(query.kind === 'prefix' ? query.prefix : query.shown).length >= MIN_SUGGEST_CHARACTERS;
}

export function parseQuery(raw: string): SearchQuery {
  const shown = cleanQuery(raw);
  if (!shown) return { kind: 'empty' };
  // Pagefind drops punctuation and symbols, so such a query would match nothing anyway.
  if (!/[\p{L}\p{N}]/u.test(shown)) return { kind: 'unsearchable', shown };
  const candidate = codeCandidate(shown);
  if (isCode(candidate)) return { kind: 'code', shown, term: candidate, code: candidate };
  if (/^\d{1,4}$/.test(candidate)) return { kind: 'prefix', shown, term: candidate, prefix: candidate };
  // An over-long code such as "347180": Pagefind falls back to its longest known prefix, so the
  // results must be labelled as not being that code.
  if (/^\d{5,}[0-9A-Z]*$/.test(candidate)) return { kind: 'text', shown, term: candidate, codeLike: candidate };
  const term = shown
    .split(' ')
    .filter((word) => Array.from(word).length <= MAX_WORD_LENGTH)
    .join(' ');
  if (!/[\p{L}\p{N}]/u.test(term)) return { kind: 'unsearchable', shown };
  return { kind: 'text', shown, term, codeLike: null };
}

/** A code with no page falls back to the codes that share its first four characters. */
export function nearbyCodesQuery(query: SearchQuery): SearchQuery | null {
  if (query.kind !== 'code') return null;
  const prefix = query.code.slice(0, 4);
  return { kind: 'prefix', shown: query.shown, term: prefix, prefix };
}

/** The code the user clearly means, if any: an exact code or something shaped like one. */
export function wantedCode(query: SearchQuery): string | null {
  if (query.kind === 'code') return query.code;
  if (query.kind === 'text') return query.codeLike;
  return null;
}

export function findExactCode<T extends CodedHit>(query: SearchQuery, hits: readonly T[]): T | undefined {
  const code = wantedCode(query);
  return code === null ? undefined : hits.find((hit) => hit.code === code);
}

/** True when the user asked for a code and no result is that code, so results are only near matches. */
export function isExactCodeMissing(query: SearchQuery, hits: readonly CodedHit[]): boolean {
  return wantedCode(query) !== null && findExactCode(query, hits) === undefined;
}
