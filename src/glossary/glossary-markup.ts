import { type GlossaryTerm } from './terms';

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
 */
export function glossaryMarks(terms: readonly GlossaryTerm[]): GlossaryMark[] {
  return terms.flatMap((term) => [
    ...[term.term, ...term.synonyms, ...term.variants].map((form) => ({ form, termId: term.id })),
    ...term.abbreviations.map((form) => ({ form, termId: term.id, expansion: term.term })),
  ]);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeHtml = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const same = (text: string) => text;

/**
 * How a glossary form is found in text: as a whole word, abbreviations by their exact case and
 * other forms in any case. `encode`/`decode` let the same matcher read rendered HTML text.
 */
function formMatcher(marks: readonly GlossaryMark[], encode = same, decode = same) {
  const byForm = new Map<string, GlossaryMark>();
  for (const mark of marks) {
    const key = mark.expansion ? mark.form : mark.form.toLocaleLowerCase('en');
    if (!byForm.has(key)) byForm.set(key, mark);
  }
  const forms = [...new Set(marks.map((mark) => encode(mark.form)))].sort((a, b) => b.length - a.length);
  // A term may break across lines in the source ("venous duplex⏎ultrasound"): any space matches.
  const alternatives = forms.map((form) => escapeRegExp(form).replace(/ +/g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  const markOf = (found: string): GlossaryMark | undefined => {
    const text = decode(found).replace(/\s+/g, ' ');
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

/**
 * Marks the first use of each glossary term in rendered HTML as a link to its glossary anchor,
 * with abbreviations in an <abbr> whose title spells them out. A plain link works without
 * JavaScript, by keyboard and with a screen reader. Abbreviations match case and all; other
 * forms match in any case, across a line break. Only text between tags is touched, so markup stays as rendered.
 */
export function markFirstUses(html: string, marks: readonly GlossaryMark[], hrefOf: (termId: string) => string): string {
  if (!marks.length) return html;
  const { pattern, markOf } = formMatcher(marks, escapeHtml, unescapeHtml);
  const marked = new Set<string>();
  let skipDepth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<(\/?)([a-zA-Z0-9]+)/.exec(part);
        if (tag && SKIPPED.has(tag[2]!.toLowerCase()) && !part.endsWith('/>')) skipDepth = Math.max(0, skipDepth + (tag[1] ? -1 : 1));
        return part;
      }
      if (skipDepth > 0) return part;
      return part.replace(pattern, (found) => {
        const mark = markOf(found);
        if (!mark || marked.has(mark.termId)) return found;
        marked.add(mark.termId);
        const inner = mark.expansion ? `<abbr title="${escapeHtml(mark.expansion)}">${found}</abbr>` : found;
        return `<a href="${escapeHtml(hrefOf(mark.termId))}" data-glossary-term="${escapeHtml(mark.termId)}">${inner}</a>`;
      });
    })
    .join('');
}
