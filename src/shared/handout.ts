/**
 * A handout lives in its address: the codes, the parts each code shows, the edition, a title and
 * a note are query parameters of /handout/, so the link a trainer copies is the handout. This
 * module reads and writes the parameters (named in handout-params.ts); it knows no section or edition itself:
 * the page passes the choices the build rendered (src/code-page/sections.ts, the kept editions).
 */
import { EDITION_YEAR } from './dates.ts';
import { codeCandidate, isCode } from './codes.ts';
import { HANDOUT_PARAMS } from './handout-params.ts';
import { listValue, readList, readableQuery } from './address-lists.ts';

// The parameters have their own module (see there); the handout's readers find them here too.
export { HANDOUT_PARAMS };

/** The `edition` value for the live pages rather than a kept edition. */
export const CURRENT_EDITION = 'current';

/** The most codes one handout shows: each is one page fetched, and a handout is read on paper. */
export const MAX_HANDOUT_CODES = 50;
/** Longer titles and notes are cut: a handout's header, not a document of its own. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_NOTE_LENGTH = 600;

/**
 * The key of a code's export (/api/codes/<code>.json) that carries its live page's parts a handout
 * shows (src/handout/page-parts.ts): what the handout reads for the current pages.
 */
export const PAGE_PARTS_KEY = 'pageHtml';

/** A kept edition's year, or the live pages. */
export type HandoutEdition = number | typeof CURRENT_EDITION;

export interface Handout {
  codes: string[];
  /** Section ids, in the order the page offers them. */
  sections: string[];
  edition: HandoutEdition;
  title: string;
  note: string;
}

/** What a handout may name, as rendered by the build. */
export interface HandoutChoices {
  /** Every section id a handout may show, in page order. */
  sections: readonly string[];
  /** Shown when the address names none. */
  defaultSections: readonly string[];
  /** The kept editions' years, oldest first. */
  editions: readonly number[];
}

export interface ReadHandout {
  handout: Handout;
  /** What was wrong with the address, worded for the reader; the rest still shows. */
  problems: string[];
}

/** The newest kept edition, or the live pages when none is kept. */
export function defaultEdition(choices: HandoutChoices): HandoutEdition {
  return choices.editions.at(-1) ?? CURRENT_EDITION;
}

function readCodes(values: readonly string[], problems: string[]): string[] {
  const codes: string[] = [];
  for (const value of values) {
    const code = codeCandidate(value);
    if (!isCode(code)) problems.push(`"${value}" is not a CPT code (five digits, or four digits and F, T or U); it was left out.`);
    else if (codes.includes(code)) problems.push(`${code} was given more than once; it is shown once.`);
    else if (codes.length === MAX_HANDOUT_CODES) {
      problems.push(`A handout holds at most ${MAX_HANDOUT_CODES} codes; ${code} and the codes after it were left out.`);
      break;
    } else codes.push(code);
  }
  return codes;
}

function readSections(value: string | null, choices: HandoutChoices, problems: string[]): string[] {
  if (value === null) return [...choices.defaultSections];
  const named = readList(value);
  for (const id of named.filter((id) => !choices.sections.includes(id))) {
    problems.push(`"${id}" is not a part of a code page a handout can show (${choices.sections.join(', ')}); it was left out.`);
  }
  const sections = choices.sections.filter((id) => named.includes(id));
  return sections.length ? sections : [...choices.defaultSections];
}

function readEdition(value: string | null, choices: HandoutChoices, problems: string[]): HandoutEdition {
  const fallback = defaultEdition(choices);
  const wanted = value?.trim();
  if (!wanted) return fallback;
  if (wanted === CURRENT_EDITION) return CURRENT_EDITION;
  if (EDITION_YEAR.test(wanted) && choices.editions.includes(Number(wanted))) return Number(wanted);
  const kept = choices.editions.length ? `kept editions: ${choices.editions.join(', ')}` : 'no edition is kept';
  const shown = fallback === CURRENT_EDITION ? 'the current pages' : `the ${fallback} edition`;
  problems.push(`The edition "${wanted}" is not kept on this site (${kept}); the handout shows ${shown}.`);
  return fallback;
}

function readText(value: string | null, limit: number, what: string, problems: string[]): string {
  const text = (value ?? '').trim();
  if (text.length <= limit) return text;
  problems.push(`The ${what} was ${text.length.toLocaleString('en')} characters long; it is cut to ${limit}.`);
  return text.slice(0, limit);
}

/** Reads a handout's address (its `?query`); anything wrong is left out and said in `problems`. */
export function readHandout(search: string, choices: HandoutChoices): ReadHandout {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const handout: Handout = {
    codes: readCodes([...readList(params.get(HANDOUT_PARAMS.codes)), ...params.getAll(HANDOUT_PARAMS.add)], problems),
    sections: readSections(params.get(HANDOUT_PARAMS.sections), choices, problems),
    edition: readEdition(params.get(HANDOUT_PARAMS.edition), choices, problems),
    title: readText(params.get(HANDOUT_PARAMS.title), MAX_TITLE_LENGTH, 'title', problems),
    note: readText(params.get(HANDOUT_PARAMS.note), MAX_NOTE_LENGTH, 'note', problems),
  };
  return { handout, problems };
}

/**
 * The query of a handout's address. The edition is always written, so a copied link keeps showing
 * the edition it was made with after a newer one is kept.
 */
export function handoutQuery(handout: Handout): string {
  const params = new URLSearchParams();
  if (handout.codes.length) params.set(HANDOUT_PARAMS.codes, listValue(handout.codes));
  params.set(HANDOUT_PARAMS.sections, listValue(handout.sections));
  params.set(HANDOUT_PARAMS.edition, String(handout.edition));
  if (handout.title) params.set(HANDOUT_PARAMS.title, handout.title);
  if (handout.note) params.set(HANDOUT_PARAMS.note, handout.note);
  return `?${readableQuery(params)}`;
}

/**
 * The codes of a remembered handout (the query the builder last wrote) with `added` appended:
 * how "Add to handout" extends the handout a reader is building.
 */
export function withAddedCodes(remembered: string, search: string): string {
  const added = new URLSearchParams(search).getAll(HANDOUT_PARAMS.add);
  if (!added.length) return search;
  const params = new URLSearchParams(remembered);
  params.delete(HANDOUT_PARAMS.add);
  const codes = readList(params.get(HANDOUT_PARAMS.codes));
  const fresh = added.map(codeCandidate).filter((code) => !codes.includes(code));
  params.set(HANDOUT_PARAMS.codes, listValue([...codes, ...fresh]));
  return `?${readableQuery(params)}`;
}

/** What the builder's list does to one code. */
export type CodeListAction = 'up' | 'down' | 'remove';

/** `codes` after `action` on `code`: moved one place (not past either end), or removed. */
export function applyCodeAction(codes: readonly string[], code: string, action: CodeListAction): string[] {
  const next = [...codes];
  const at = next.indexOf(code);
  if (at < 0) return next;
  if (action === 'remove') next.splice(at, 1);
  else {
    const to = action === 'up' ? at - 1 : at + 1;
    if (to >= 0 && to < next.length) [next[at], next[to]] = [next[to]!, next[at]!];
  }
  return next;
}
