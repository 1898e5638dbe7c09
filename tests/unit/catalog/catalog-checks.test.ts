import { describe, expect, it } from 'vitest';
import { checkCatalog, formatBodyProblems, type CodeRecord, type KnownIds } from '../../../src/catalog/catalog-checks';
import { compileBody } from '../../../src/bodies/compile-body';
import { bodyCatalogs } from '../../support/content';

const body = '## Overview\na\n## Billing overview\nb\n## Clinical scenario\nc\n';

interface Refs {
  primaryCodes: string[];
  family: string;
  sites: string[];
  payers: string[];
  modifiers: string[];
  related: string[];
}

/** A code file's record; its references in the order src/schema/code-fields.ts lists the fields. */
function record(overrides: Partial<Omit<CodeRecord, 'references'>> = {}, refs: Partial<Refs> = {}): CodeRecord {
  const r: Refs = { primaryCodes: ['37248'], family: 'venous-angioplasty', sites: ['hospital-outpatient'], payers: ['medicare'], modifiers: ['59'], related: ['37248'], ...refs };
  return {
    id: '37249',
    filePath: 'content/codes/37249.mdx',
    code: '37249',
    references: [
      { path: 'family', catalog: 'families', ids: [r.family] },
      { path: 'primaryCodes', codes: r.primaryCodes },
      { path: 'sites', catalog: 'sites', ids: r.sites },
      { path: 'payers', catalog: 'payers', ids: r.payers },
      { path: 'modifiers', catalog: 'modifiers', ids: r.modifiers },
      { path: 'related', codes: r.related },
    ],
    history: { revisions: [] },
    ...overrides,
  };
}

const known: KnownIds = {
  families: new Set(['venous-angioplasty']),
  sites: new Set(['hospital-outpatient']),
  payers: new Set(['medicare']),
  modifiers: new Set(['59', 'XS']),
};

describe('checkCatalog', () => {
  it('accepts a consistent catalog', () => {
    expect(checkCatalog([record(), record({ id: '37248', code: '37248', filePath: 'content/codes/37248.mdx' }, { primaryCodes: [], related: [] })], known)).toEqual([]);
  });

  it('names the file and field when the code does not match the file name', () => {
    expect(checkCatalog([record({ code: '37248' })], known)).toContain(
      'content/codes/37249.mdx: code "37248" does not match the file name (expected "37249")',
    );
  });

  it('reports a code used by two files', () => {
    const errors = checkCatalog([record(), record({ id: 'copy', filePath: 'content/codes/copy.mdx' })], known);
    expect(errors).toContain('content/codes/copy.mdx: code "37249" is already used by content/codes/37249.mdx');
  });

  it.each([
    ['modifiers[1]', { modifiers: ['59', 'ZZ'] }, '"ZZ" is not a known modifier (see content/modifiers.yaml)'],
    ['payers[0]', { payers: ['acme'] }, '"acme" is not a known payer (see content/payers.yaml)'],
    ['family[0]', { family: 'nope' }, '"nope" is not a known code family (see content/families.yaml)'],
    ['sites[0]', { sites: ['moon'] }, '"moon" is not a known site of service (see content/sites.yaml)'],
  ])('reports an unknown reference in %s', (field, refs, problem) => {
    expect(checkCatalog([record({}, refs)], known)).toContain(`content/codes/37249.mdx: ${field} ${problem}`);
  });

  it('reports duplicates and self-references', () => {
    const errors = checkCatalog(
      [record({}, { modifiers: ['59', '59'], related: ['37249'], primaryCodes: ['37248', '37248'] })],
      known,
    );
    expect(errors).toEqual([
      'content/codes/37249.mdx: modifiers[1] "59" is listed twice',
      'content/codes/37249.mdx: primaryCodes[1] "37248" is listed twice',
      'content/codes/37249.mdx: related[0] "37249" refers to the code itself',
    ]);
  });
});

describe('formatBodyProblems', () => {
  const file = 'content/codes/37249.mdx';
  const checkBody = (path: string, text: string, source?: string) =>
    formatBodyProblems(path, compileBody(text, '37249', bodyCatalogs()).problems, text, source);
  const frontmatter = `---\ncode: "37249"\n${'x: y\n'.repeat(17)}---\n`;

  it('accepts a plain Markdown body with the three sections', () => {
    expect(checkBody(file, body, frontmatter + body)).toEqual([]);
  });

  it('reports unsafe body markup with the line it is on in the file', () => {
    const unsafe = `${body}\n<script>x()</script>\n`;
    expect(checkBody(file, unsafe, frontmatter + unsafe).join('\n')).toContain(
      'content/codes/37249.mdx: body at line 28 has a raw <script> element; write Markdown',
    );
  });

  it('counts lines from the body when the file is not given', () => {
    expect(checkBody(file, `${body}\n<script>x()</script>\n`).join('\n')).toContain(
      'content/codes/37249.mdx: body at line 8 has a raw <script> element; write Markdown',
    );
  });

  it('reports missing body sections', () => {
    expect(checkBody(file, '## Overview\n', `${frontmatter}## Overview\n`)[0]).toMatch(/^content\/codes\/37249.mdx: body the body must have/);
  });
});
