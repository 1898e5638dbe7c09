import { type GlossaryTerm } from './glossary';

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
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text inside these is left alone: it is already a link, code, a heading, or already marked. */
const SKIPPED = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/**
 * Marks the first use of each glossary term in rendered HTML as a link to its glossary anchor,
 * with abbreviations in an <abbr> whose title spells them out. A plain link works without
 * JavaScript, by keyboard and with a screen reader. Abbreviations match case and all; other
 * forms match in any case. Only text between tags is touched, so markup stays as rendered.
 */
export function markFirstUses(html: string, marks: readonly GlossaryMark[], hrefOf: (termId: string) => string): string {
  if (!marks.length) return html;
  const byForm = new Map<string, GlossaryMark>();
  for (const mark of marks) {
    const key = mark.expansion ? mark.form : mark.form.toLocaleLowerCase('en');
    if (!byForm.has(key)) byForm.set(key, mark);
  }
  const forms = [...new Set(marks.map((mark) => escapeHtml(mark.form)))].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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
        const text = found.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
        const mark = byForm.get(text) ?? byForm.get(text.toLocaleLowerCase('en'));
        if (!mark || (mark.expansion && mark.form !== text) || marked.has(mark.termId)) return found;
        marked.add(mark.termId);
        const inner = mark.expansion ? `<abbr title="${escapeHtml(mark.expansion)}">${found}</abbr>` : found;
        return `<a href="${escapeHtml(hrefOf(mark.termId))}" data-glossary-term="${escapeHtml(mark.termId)}">${inner}</a>`;
      });
    })
    .join('');
}
