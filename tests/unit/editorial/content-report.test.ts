import { describe, expect, it } from 'vitest';
import { contentReport, formatReport, strictFindings, type ReportCode, type ReportInput } from '../../../src/editorial/content-report';
import { glossaryEntrySchema, type GlossaryTerm } from '../../../src/glossary/terms';

const SECTIONS = '## Overview\n\nText.\n\n## Billing overview\n\nText.\n\n## Clinical scenario\n\nText.\n';

function page(code: string, over: Partial<ReportCode> = {}): ReportCode {
  return {
    file: `content/codes/${code}.mdx`,
    code,
    lastReviewed: new Date('2026-06-01'),
    dataGaps: [],
    payers: ['aetna', 'medicare'],
    sites: [],
    modifiers: ['59'],
    references: [],
    related: [],
    body: SECTIONS,
    ...over,
  };
}

const input = (codes: ReportCode[], over: Partial<ReportInput> = {}): ReportInput => ({
  codes,
  refused: [],
  modifiers: ['59', 'XS'],
  payerKinds: { aetna: 'commercial', medicare: 'government' },
  today: new Date('2026-11-25'),
  glossary: [],
  ...over,
});

const findings = (report: ReturnType<typeof contentReport>, title: string) => report.find((s) => s.title.startsWith(title))?.findings;

describe('contentReport', () => {
  it('lists codes named in frontmatter, prose and components that have no page, with where', () => {
    const report = contentReport(
      input([
        page('37248', { references: ['37246'], body: `${SECTIONS}\nSee 37999 and 37249 and <CodeRef code="0075T" />; a 62-year-old in 2024.\n` }),
        page('37249', {
          body: `${SECTIONS}\n<ReportingExample>\n\nDone.\n\n- 37248 × 1: first\n- 37250 × 1: other\n\n</ReportingExample>\n`,
        }),
      ]),
    );
    expect(findings(report, 'Codes named with no page yet')).toEqual([
      '0075T: named in content/codes/37248.mdx',
      '37246: named in content/codes/37248.mdx',
      '37250: named in content/codes/37249.mdx',
      '37999: named in content/codes/37248.mdx',
    ]);
  });

  it('flags pages last reviewed over 12 months ago, unused modifiers and data gaps', () => {
    const report = contentReport(input([page('37248', { lastReviewed: new Date('2025-11-24'), dataGaps: ['icd10'] }), page('37249')]));
    expect(findings(report, 'Pages not reviewed')).toEqual(['content/codes/37248.mdx: last reviewed 2025-11-24, over 12 months before 2026-11-25']);
    expect(findings(report, 'Modifiers no code uses')).toEqual(['XS (content/modifiers.yaml)']);
    expect(findings(report, 'Data gaps per page')).toEqual(['content/codes/37248.mdx: ICD-10-CM diagnosis pairings']);
  });

  it('flags prose that repeats a count the data holds, whether or not it still matches', () => {
    const body = `${SECTIONS}\nIt covers Medicare and one commercial insurer, three modifiers and 2 sites of service.\n`;
    const found = findings(contentReport(input([page('37248', { body })])), 'Prose that repeats')!;
    expect(found.map((f) => f.split('"')[1])).toEqual(['one commercial insurer', 'three modifiers', '2 sites of service']);
    expect(found[0]).toContain('(payers: 1 commercial)');
    expect(found[1]).toContain('(modifiers: 1)');
  });

  it('counts a glossary term as used when its name, an abbreviation or a synonym appears in a body', () => {
    // Built by the glossary's own schema, so the defaults are the ones the site reads.
    const term = (id: string, name: string, over: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
      id,
      ...glossaryEntrySchema.parse({ term: name, definition: 'd', ...over }),
    });
    const glossary = [
      term('rsi', 'Radiological supervision and interpretation', { abbreviations: ['RS&I'] }),
      term('ivus', 'Intravascular ultrasound', { abbreviations: ['IVUS'] }),
      term('duplex', 'Duplex ultrasound', { synonyms: ['duplex scan'] }),
      term('fluoroscopy', 'Fluoroscopy', { layWords: ['live x-ray'] }),
      term('stent', 'Stent'),
    ];
    // The abbreviation matches by its case only ("ivus" is not IVUS); lay words do not count;
    // a word inside a longer one ("stenting") is not the term.
    const body = `${SECTIONS}\nThe RS&I is bundled. A duplex scan came first; ivus and live x-ray and stenting followed.\n`;
    expect(findings(contentReport(input([page('37248', { body })], { glossary })), 'Glossary')).toEqual([
      'ivus: Intravascular ultrasound (content/glossary.yaml)',
      'fluoroscopy: Fluoroscopy (content/glossary.yaml)',
      'stent: Stent (content/glossary.yaml)',
    ]);
  });

  it('lists the code files the schema refuses, and counts them for --strict', () => {
    const refused = ['content/codes/37246.mdx: addOn expected boolean'];
    const report = contentReport(input([page('37246')], { refused }));
    const without = contentReport(input([page('37246')]));
    expect(findings(report, 'Code files the build would refuse')).toEqual(refused);
    expect(strictFindings(report)).toBe(strictFindings(without) + 1);
    expect(findings(without, 'Code files the build would refuse')).toBeUndefined();
  });

  it('counts for --strict everything but data gaps, and prints every section', () => {
    const report = contentReport(input([page('37248', { dataGaps: ['icd10'], modifiers: ['59', 'XS'] })]));
    expect(strictFindings(report)).toBe(0);
    expect(formatReport(report)).toContain('Data gaps per page (1)\n  - content/codes/37248.mdx');
    expect(formatReport(report)).toContain('Modifiers no code uses (0)\n  none');
  });
});
