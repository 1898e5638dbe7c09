import type { Root } from 'mdast';
import { parseBody, plainText } from '../bodies/parse-body';
import { namedCodes } from '../bodies/compile-body';
import { compareCodes } from '../shared/codes';
import { contentFile } from '../schema/content-files';
import { DATA_GAPS, type DataGap } from '../schema/data-gaps';
import { GLOSSARY_FILE, type GlossaryTerm } from '../glossary/terms';
import { glossaryMarks, termsUsedIn } from '../glossary/glossary-markup';

/** One code file as the report reads it. */
export interface ReportCode {
  file: string;
  code: string;
  lastReviewed: Date;
  dataGaps: readonly string[];
  payers: readonly string[];
  sites: readonly string[];
  modifiers: readonly string[];
  /** Codes its frontmatter names: primary codes, related codes, replacements. */
  references: readonly string[];
  related: readonly string[];
  body: string;
}

export interface ReportInput {
  codes: readonly ReportCode[];
  /** What the schema says of the code files it refuses (src/editorial/report-codes.ts); the build stops on them too. */
  refused: readonly string[];
  modifiers: readonly string[];
  payerKinds: Readonly<Record<string, string>>;
  glossary: readonly GlossaryTerm[];
  today: Date;
}

interface ReportSection {
  title: string;
  findings: string[];
  /** Whether --strict fails on it; data gaps are facts of the sources, not an editor's to fix. */
  strict: boolean;
}

const REVIEW_MONTHS = 12;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

// A count written in prose next to a noun for something the frontmatter lists ("four commercial
// insurers"): the list already says it, and the sentence goes stale when the list changes.
const COUNTED = new RegExp(
  String.raw`\b(${NUMBER_WORDS.join('|')}|\d{1,2})\s+(?:(commercial|government|other|major|national|typical)\s+)?` +
    String.raw`(payers?|insurers?|health plans?|plans?|modifiers?|sites?(?: of service)?|settings?|related codes?)\b`,
  'gi',
);

function countedList(noun: string): 'payers' | 'modifiers' | 'sites' | 'related' {
  if (/^(payer|insurer|health plan|plan)/i.test(noun)) return 'payers';
  if (/^modifier/i.test(noun)) return 'modifiers';
  if (/^related/i.test(noun)) return 'related';
  return 'sites';
}

function repeatedCounts(entry: ReportCode, tree: Root, payerKinds: ReportInput['payerKinds']): string[] {
  const prose = tree.children.filter((n) => n.type !== 'heading').map((n) => plainText(n)).join('\n');
  return [...prose.matchAll(COUNTED)].map(([phrase, , kind, noun]) => {
    const list = countedList(noun!);
    const payers = kind ? entry.payers.filter((p) => payerKinds[p] === kind.toLowerCase()) : entry.payers;
    const held = list === 'payers' ? payers.length : entry[list].length;
    return `${entry.file}: "${phrase.replace(/\s+/g, ' ')}" repeats a count the data holds (${list}: ${held}${kind && list === 'payers' ? ` ${kind.toLowerCase()}` : ''}); name the section instead, so the text cannot go stale`;
  });
}

function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** What an editor must act on, section by section; a section with no findings is still listed. */
export function contentReport(input: ReportInput): ReportSection[] {
  const pages = new Set(input.codes.map((c) => c.code));
  const missing = new Map<string, Set<string>>();
  const unreviewed: string[] = [];
  const gaps: string[] = [];
  const counts: string[] = [];
  const unreadable: string[] = [];
  const usedModifiers = new Set(input.codes.flatMap((c) => c.modifiers));
  const marks = glossaryMarks(input.glossary);
  const usedTerms = new Set<string>();
  const reviewBy = monthsBefore(input.today, REVIEW_MONTHS);

  for (const entry of input.codes) {
    const parsed = parseBody(entry.body);
    const named = [...entry.references];
    if ('tree' in parsed) {
      for (const id of termsUsedIn(plainText(parsed.tree), marks)) usedTerms.add(id);
      counts.push(...repeatedCounts(entry, parsed.tree, input.payerKinds));
      named.push(...namedCodes(parsed.tree, entry.code));
    } else unreadable.push(`${entry.file}: body ${parsed.problem.message} (npm run build names the line)`);
    for (const code of named.filter((c) => !pages.has(c))) {
      if (!missing.has(code)) missing.set(code, new Set());
      missing.get(code)!.add(entry.file);
    }
    if (entry.lastReviewed < reviewBy) unreviewed.push(`${entry.file}: last reviewed ${iso(entry.lastReviewed)}, over ${REVIEW_MONTHS} months before ${iso(input.today)}`);
    if (entry.dataGaps.length) gaps.push(`${entry.file}: ${entry.dataGaps.map((g) => DATA_GAPS[g as DataGap] ?? g).join('; ')}`);
  }

  const sections: ReportSection[] = [
    {
      title: 'Codes named with no page yet',
      findings: [...missing.keys()].sort(compareCodes).map((code) => `${code}: named in ${[...missing.get(code)!].sort().join(', ')}`),
      strict: true,
    },
    { title: `Pages not reviewed for ${REVIEW_MONTHS} months`, findings: unreviewed, strict: true },
    { title: 'Data gaps per page', findings: gaps, strict: false },
    {
      title: 'Modifiers no code uses',
      findings: input.modifiers.filter((m) => !usedModifiers.has(m)).map((m) => `${m} (${contentFile('modifiers')})`),
      strict: true,
    },
    { title: 'Prose that repeats a count the data holds', findings: counts, strict: true },
    {
      // Used: its name, an abbreviation, a synonym or a variant appears in a code page's body,
      // matched as the code pages mark terms.
      title: 'Glossary terms used nowhere',
      findings: input.glossary.filter((t) => !usedTerms.has(t.id)).map((t) => `${t.id}: ${t.term} (${GLOSSARY_FILE})`),
      strict: true,
    },
  ];
  if (input.refused.length) sections.push({ title: 'Code files the build would refuse', findings: [...input.refused], strict: true });
  if (unreadable.length) sections.push({ title: 'Bodies the report could not read', findings: unreadable, strict: true });
  return sections;
}

export function formatReport(sections: readonly ReportSection[]): string {
  return sections
    .map(({ title, findings }) => `${title} (${findings.length})\n${findings.length ? findings.map((f) => `  - ${f}`).join('\n') : '  none'}`)
    .join('\n\n');
}

/** How many findings --strict fails on. */
export function strictFindings(sections: readonly ReportSection[]): number {
  return sections.filter((s) => s.strict).reduce((n, s) => n + s.findings.length, 0);
}
