import { readList } from '../address-lists';
import { normalizeCode } from '../codes';
import { COMPARE_CODES_PARAM } from '../urls';

/** Side by side, two codes is the least that compares and four the most that still reads on a screen. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** Where the compared codes go in the page title the build writes, filled in once they are known. */
export const TITLE_CODES_SLOT = 'CODES';

export function comparedTitle(pattern: string, codes: readonly string[]): string {
  return pattern.replace(TITLE_CODES_SLOT, codes.join(', '));
}

/** What a compare address asks for: codes to fetch, or why it cannot be answered. */
export type CompareRequest =
  | { kind: 'codes'; codes: string[] }
  | { kind: 'none' }
  | { kind: 'one'; code: string }
  | { kind: 'too-many'; codes: string[] }
  | { kind: 'repeated'; repeated: string[]; distinct: string[] }
  | { kind: 'not-codes'; entries: string[] };

/**
 * Reads the codes of a compare address's query (`?codes=37248,37249`, or the parameter repeated),
 * written as coders write them ("+37249", "cpt 37249", "0075t"). Entries that are not codes come
 * first among the problems: the reader mistyped, and counting a typo would only confuse.
 */
export function compareRequest(search: string): CompareRequest {
  const entries = readList(...new URLSearchParams(search).getAll(COMPARE_CODES_PARAM));
  const notCodes = entries.filter((entry) => normalizeCode(entry) === null);
  if (notCodes.length) return { kind: 'not-codes', entries: notCodes };
  const codes = entries.map((entry) => normalizeCode(entry)!);
  const distinct = [...new Set(codes)];
  if (distinct.length < codes.length) {
    return { kind: 'repeated', repeated: distinct.filter((code) => codes.indexOf(code) !== codes.lastIndexOf(code)), distinct };
  }
  if (!codes.length) return { kind: 'none' };
  if (codes.length < MIN_COMPARED) return { kind: 'one', code: codes[0]! };
  if (codes.length > MAX_COMPARED) return { kind: 'too-many', codes };
  return { kind: 'codes', codes };
}

/** A problem as the page says it, with the comparisons that would work instead. */
export interface CompareProblem {
  text: string;
  /** Code lists to offer as compare links (each within the limits). */
  suggestions: string[][];
  /** Codes whose pages to link, so the reader can go on from one. */
  pages: string[];
}

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join(', ');
const listed = (codes: readonly string[]) => codes.join(', ');
const withinLimits = (codes: readonly string[]) => codes.length >= MIN_COMPARED && codes.length <= MAX_COMPARED;

/** The message for an address that names no comparison; undefined when the request can be fetched. */
export function requestProblem(request: CompareRequest): CompareProblem | undefined {
  const limits = `${MIN_COMPARED} to ${MAX_COMPARED} codes`;
  switch (request.kind) {
    case 'codes':
      return undefined;
    case 'none':
      return { text: `No codes to compare. Name ${limits} in the address, e.g. ?${COMPARE_CODES_PARAM}=37248,37249, or follow a “Compare with” link on a code page.`, suggestions: [], pages: [] };
    case 'one':
      return { text: `Only one code, ${request.code}, was given: a comparison needs ${limits}. Its page lists codes to compare it with.`, suggestions: [], pages: [request.code] };
    case 'too-many':
      return {
        text: `${request.codes.length} codes were given (${listed(request.codes)}); at most ${MAX_COMPARED} fit side by side.`,
        suggestions: [request.codes.slice(0, MAX_COMPARED)],
        pages: request.codes,
      };
    case 'repeated': {
      const rest = withinLimits(request.distinct) ? [request.distinct] : [];
      return { text: `The same code was given more than once (${listed(request.repeated)}); each code is compared once.`, suggestions: rest, pages: request.distinct };
    }
    case 'not-codes':
      return { text: `Not a CPT code: ${quoted(request.entries)}. A code is five characters, e.g. 37249 or 0075T.`, suggestions: [], pages: [] };
  }
}

/** The message when some well-formed codes have no page on this site. */
export function unknownCodesProblem(unknown: readonly string[], known: readonly string[]): CompareProblem {
  const one = unknown.length === 1;
  return {
    text: `${one ? 'Code' : 'Codes'} ${listed(unknown)} ${one ? 'has' : 'have'} no page on this site, so ${one ? 'it' : 'they'} cannot be compared.`,
    suggestions: withinLimits(known) ? [[...known]] : [],
    pages: [...known],
  };
}
