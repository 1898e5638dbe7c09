import type { Element, ElementContent, Root } from 'hast';
import { byTerm, type GlossaryTerm } from './terms';

/** One written form a code page may use, and the glossary term it stands for. */
export interface GlossaryMark {
  form: string;
  termId: string;
  /** Set for abbreviations: the term spelled out, shown as the <abbr> title. */
  expansion?: string;
}

/**
 * The forms marked on code pages: the term, its abbreviations, synonyms and spelling variants.
 * Lay words ("bleeding", "dye") are for search only: they are everyday words, not terms to define.
 * A form two terms share marks the first of them in alphabetical order, whatever order they come in.
 */
export function glossaryMarks(terms: readonly GlossaryTerm[]): GlossaryMark[] {
  return [...terms].sort(byTerm).flatMap((term) => [
    ...[term.term, ...term.synonyms, ...term.variants].map((form) => ({ form, termId: term.id })),
    ...term.abbreviations.map((form) => ({ form, termId: term.id, expansion: term.term })),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type FormMatcher = { pattern: RegExp; markOf: (found: string) => GlossaryMark | undefined };

// Every page is marked with the same list: its pattern is compiled once, not once a page.
const matchers = new WeakMap<readonly GlossaryMark[], FormMatcher>();

function formMatcher(marks: readonly GlossaryMark[]): FormMatcher {
  const known = matchers.get(marks);
  if (known) return known;
  const made = newFormMatcher(marks);
  matchers.set(marks, made);
  return made;
}

/** How a glossary form is found in text: as a whole word, abbreviations by their exact case and other forms in any case. */
function newFormMatcher(marks: readonly GlossaryMark[]): FormMatcher {
  const byForm = new Map<string, GlossaryMark>();
  for (const mark of marks) {
    const key = mark.expansion ? mark.form : mark.form.toLocaleLowerCase('en');
    if (!byForm.has(key)) byForm.set(key, mark);
  }
  const forms = [...new Set(marks.map((mark) => mark.form))].sort((a, b) => b.length - a.length);
  // A term may break across lines in the source ("venous duplex⏎ultrasound"): any space matches.
  const alternatives = forms.map((form) => escapeRegExp(form).replace(/ +/g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  const markOf = (found: string): GlossaryMark | undefined => {
    const text = found.replace(/\s+/g, ' ');
    const mark = byForm.get(text) ?? byForm.get(text.toLocaleLowerCase('en'));
    return mark && (!mark.expansion || mark.form === text) ? mark : undefined;
  };
  return { pattern, markOf };
}

/** The ids of the terms a text uses, by the same matching that marks them on code pages. */
export function termsUsedIn(text: string, marks: readonly GlossaryMark[]): Set<string> {
  if (!marks.length) return new Set();
  const { pattern, markOf } = formMatcher(marks);
  return new Set([...text.matchAll(pattern)].flatMap(([found]) => markOf(found)?.termId ?? []));
}

/** Text inside these is left alone: it is already a link, code, a heading, or already marked. */
const SKIPPED = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

function glossaryLink(mark: GlossaryMark, found: string, href: string): Element {
  const word: ElementContent = { type: 'text', value: found };
  const inner: ElementContent = mark.expansion ? { type: 'element', tagName: 'abbr', properties: { title: mark.expansion }, children: [word] } : word;
  return { type: 'element', tagName: 'a', properties: { href, dataGlossaryTerm: mark.termId }, children: [inner] };
}

/**
 * Marks the first use of each glossary term in rendered body parts, in the order given, as a link
 * to its glossary anchor, with abbreviations in an <abbr> whose title spells them out. A plain
 * link works without JavaScript, by keyboard and with a screen reader. Abbreviations match case
 * and all; other forms match in any case, across a line break.
 */
export function markFirstUses(parts: readonly Root[], marks: readonly GlossaryMark[], hrefOf: (termId: string) => string): void {
  if (!marks.length) return;
  const { pattern, markOf } = formMatcher(marks);
  const marked = new Set<string>();
  const markText = (value: string): ElementContent[] => {
    const pieces: ElementContent[] = [];
    let at = 0;
    for (const { 0: found, index } of value.matchAll(pattern)) {
      const mark = markOf(found);
      if (!mark || marked.has(mark.termId)) continue;
      marked.add(mark.termId);
      if (index > at) pieces.push({ type: 'text', value: value.slice(at, index) });
      pieces.push(glossaryLink(mark, found, hrefOf(mark.termId)));
      at = index + found.length;
    }
    return at === 0 ? [{ type: 'text', value }] : at < value.length ? [...pieces, { type: 'text', value: value.slice(at) }] : pieces;
  };
  // Neighbouring text nodes read as one run, as a reader sees them: a term may span the seam.
  const walk = (parent: Root | Element) => {
    const children: (typeof parent.children)[number][] = [];
    let run: string | undefined;
    const flush = () => {
      if (run !== undefined) children.push(...markText(run));
      run = undefined;
    };
    for (const child of parent.children) {
      if (child.type === 'text') {
        run = (run ?? '') + child.value;
        continue;
      }
      flush();
      if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child);
      children.push(child);
    }
    flush();
    parent.children = children as typeof parent.children;
  };
  parts.forEach(walk);
}
