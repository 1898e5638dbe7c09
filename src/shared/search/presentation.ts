import type { FilterOption } from './filters';
import { MIN_SUGGEST_CHARACTERS, wantedCode, type SearchQuery } from './query';

/**
 * How a search got its results when the words as typed were not enough: other forms of a term
 * from the glossary, a corrected spelling, or pages holding only some of the words.
 */
export type SearchNote =
  | { kind: 'expanded'; searched: string[]; alone: boolean }
  | { kind: 'corrected'; query: string }
  | { kind: 'partial'; words: string[] };

/** The words to highlight on the page a result opens; code queries highlight nothing. */
export function highlightTerms(query: SearchQuery, note?: SearchNote): string[] {
  if (query.kind !== 'text' || query.codeLike) return [];
  // The words that found the page: what was typed, or what was searched in its place.
  const text = note?.kind === 'corrected' ? note.query : note?.kind === 'expanded' && note.alone ? note.searched.join(' ') : query.term;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // A one-letter word would be marked all over the page, as it would match most of the index.
    .filter((word) => word.length >= MIN_SUGGEST_CHARACTERS);
  return [...new Set(words)].slice(0, 8);
}

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind excerpts are page text with `<` and `>` escaped and matches wrapped in `<mark>`.
 * Splitting them into plain-text segments lets the UI build the DOM with textContent only.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
    const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
    const raw = marked ? part.slice('<mark>'.length, -'</mark>'.length) : part;
    const text = raw.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!);
    if (text) segments.push({ text, marked });
  });
  return segments;
}

/**
 * Text with the words that begin with a searched term marked, as Pagefind marks its excerpts (a
 * term being typed matches the longer words it begins): for titles, and for suggestions from the
 * small search files, which carry no marks of their own.
 */
export function markTerms(text: string, terms: readonly string[]): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    const marked = terms.some((term) => part.toLowerCase().startsWith(term));
    const last = segments.at(-1);
    if (last && !last.marked && !marked) last.text += part;
    else if (part) segments.push({ text: part, marked });
  }
  return segments;
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

/** What the UI says about a search, in one place so the box and the search page agree. */
export function searchMessage(query: SearchQuery, total: number, exactMissing: boolean, note?: SearchNote): string {
  if (query.kind === 'empty') return 'Type a code (such as 37249), the start of one, or words.';
  if (total === 0) return `No results for “${query.shown}”.`;
  const count = `${total} result${total === 1 ? '' : 's'}`;
  const code = wantedCode(query);
  if (exactMissing && code) return `No exact match: there is no page for ${code}. ${count} for nearby codes.`;
  if (note?.kind === 'expanded') {
    return note.alone ? `Showing results for ${quoted(note.searched)}: ${count}.` : `${count} for “${query.shown}”, also searching ${quoted(note.searched)}.`;
  }
  if (note?.kind === 'corrected') return `No results for “${query.shown}”. Showing ${count} for “${note.query}”.`;
  if (note?.kind === 'partial') return `No page holds all of “${query.shown}”. ${count} holding some of the words (partial matches).`;
  return `${count} for “${query.shown}”.`;
}

/** What the box says while it shows a word's first suggestions and the full search runs. */
export function firstSuggestionsMessage(query: SearchQuery): string {
  return `First suggestions for “${query.kind === 'empty' ? '' : query.shown}”; searching every page…`;
}

/**
 * What the box says when a word's suggestions come from the word index alone (code titles and
 * summaries): the search page, one Enter away, searches every page's full text.
 */
export function wordIndexMessage(query: SearchQuery): string {
  return `Codes whose title or summary has “${query.kind === 'empty' ? '' : query.shown}”. Press Enter to search every page.`;
}

/** The label a partial match carries: which of the searched words its page holds. */
export function partialLabel(words: readonly string[]): string {
  return `Partial match: ${words.join(', ')}`;
}

/** How a modifier page is titled in search results, from Pagefind or the code directory alike. */
export function modifierSearchTitle(id: string, name: string): string {
  return `Modifier ${id}: ${name}`;
}

/** How a family page is titled in search results. */
export function familySearchTitle(name: string): string {
  return `Code family: ${name}`;
}

/**
 * The search page's edition choice: the live pages first, as the default (value ""), then each
 * kept edition, newest first, its results being its pinned pages.
 */
export function editionOptions(currentEdition: number, keptYears: readonly number[]): FilterOption[] {
  const kept = [...keptYears].sort((a, b) => b - a).map((year) => ({ value: String(year), label: `${year} edition (pinned pages)` }));
  return [{ value: '', label: `Current (CPT ${currentEdition})` }, ...kept];
}
