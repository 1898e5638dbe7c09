import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/code-page/citation';
import { MIGRATIONS, migrateFrontmatter, SCHEMA_VERSION } from '../../../src/editions/migrations';
import { changedFiles, manifestSchema, manifestText } from '../../../src/editions/edition-manifest';
import { fieldPath } from '../../../src/schema/field-path';
import { changedSections, inWords, SUMMARY, type ComparablePage } from '../../../src/editions/section-changes';
import { BODY_SECTIONS, DATA_SECTIONS } from '../../../src/code-page/sections';
import { isForwardingPage, isPinnedPage } from '../../../src/hosting/link-checks';
import { parse } from 'yaml';

describe('migrations', () => {
  it('brings a file kept before history existed up to the current schema, knowing no history', () => {
    const old = { code: '37249', title: 'T' };
    expect(migrateFrontmatter(old, 1)).toEqual({ history: { revisions: [] }, code: '37249', title: 'T' });
    expect(old).toEqual({ code: '37249', title: 'T' });
  });
  it('leaves a file kept with the current schema as it is, and keeps what a kept file says', () => {
    const kept = { code: '37249', history: { added: 2017, revisions: [] } };
    expect(migrateFrontmatter(kept, SCHEMA_VERSION)).toBe(kept);
    expect(migrateFrontmatter(kept, 1)).toEqual(kept);
  });
  it('numbers its steps in order, one version each', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_, i) => i + 2));
  });
  it('refuses a version it does not know', () => {
    expect(() => migrateFrontmatter({}, SCHEMA_VERSION + 1)).toThrow(`schema version ${SCHEMA_VERSION + 1} is not one this site knows`);
    expect(() => migrateFrontmatter({}, 0)).toThrow('is not one this site knows');
  });
});

describe('manifest', () => {
  const sum = 'a'.repeat(64);
  it('is written so that it reads back as it was', () => {
    const manifest = { year: 2026, keptOn: new Date('2026-11-25T00:00:00Z'), schemaVersion: 2, files: { 'codes/37249.mdx': sum, 'payers.yaml': sum } };
    expect(manifestSchema.parse(parse(manifestText(manifest), { customTags: ['timestamp'] }))).toEqual(manifest);
  });
  it('names each file that was changed, removed or added since the edition was kept', () => {
    const dir = 'content/editions/2026';
    const listed = { 'codes/37248.mdx': sum, 'codes/37249.mdx': sum, 'payers.yaml': sum };
    const found = new Map([
      ['codes/37249.mdx', 'b'.repeat(64)],
      ['payers.yaml', sum],
      ['codes/37250.mdx', sum],
    ]);
    expect(changedFiles(dir, listed, found)).toEqual([
      `${dir}/codes/37248.mdx: is missing (edition.yaml lists it); kept editions are read-only: restore it with "git checkout"`,
      `${dir}/codes/37249.mdx: has changed since the edition was kept; kept editions are read-only: restore it with "git checkout"`,
      `${dir}/codes/37250.mdx: is not part of the kept edition (edition.yaml does not list it); remove it`,
    ]);
    expect(changedFiles(dir, listed, new Map(Object.entries(listed)))).toEqual([]);
  });
});

describe('section comparison', () => {
  /** A body whose sections were written as given (the fingerprint stands for what was written). */
  const body = (written: Record<string, string>): ComparablePage['body'] => ({
    sections: Object.entries(written).map(([id, text]) => ({ id, heading: id, html: text, written: text })),
  });
  const page = (): ComparablePage => ({
    body: body({ overview: 'a', 'billing-overview': 'b', 'clinical-scenario': 'c' }),
    view: {
      code: '37249',
      title: 'T',
      lead: 'L',
      modifiers: [{ id: '59' }],
      related: [],
      payers: ['Aetna'],
      dataGaps: [],
      history: { revisions: [] },
      deleted: undefined,
      familyNeighbours: { previous: '37248' },
      lastReviewed: new Date('2026-01-01'),
    },
  });
  it('finds nothing when the pages say the same, whatever the review date or neighbours', () => {
    const live = page();
    live.view = { ...live.view, lastReviewed: new Date('2026-11-01'), familyNeighbours: { previous: '37246' } };
    expect(changedSections(page(), live)).toEqual([]);
  });
  it('names each changed body and data section in page order, the summary first', () => {
    const live = page();
    live.body = body({ overview: 'a', 'billing-overview': 'B', 'clinical-scenario': 'c' });
    live.view = { ...live.view, modifiers: [], title: 'New title', deleted: { year: 2027, replacedBy: [] } };
    expect(changedSections(page(), live).map((s) => s.id)).toEqual([SUMMARY.id, 'billing-overview', 'modifiers', 'history']);
  });
  it('maps every section of the page', () => {
    const everything = page();
    everything.body = body(Object.fromEntries(BODY_SECTIONS.map((s) => [s.id, 'x'])));
    everything.view = Object.fromEntries(Object.keys(page().view).map((k) => [k, 'changed']));
    expect(changedSections(page(), everything).map((s) => s.id)).toEqual([
      SUMMARY.id,
      ...BODY_SECTIONS.map((s) => s.id),
      ...DATA_SECTIONS.map((s) => s.id),
    ]);
  });
  it('reads which view fields each data section shows from the section table', () => {
    for (const section of DATA_SECTIONS) {
      const live = page();
      live.view = { ...live.view, [section.fields[0]]: 'changed' };
      expect(changedSections(page(), live)).toEqual([section]);
    }
  });
  it('lists sections as a sentence does', () => {
    const said = (labels: string[]) => inWords(labels).map(({ before, item }) => before + item).join('');
    expect(said(['Overview'])).toBe('Overview');
    expect(said(['Billing overview', 'Clinical scenario'])).toBe('Billing overview and Clinical scenario');
    expect(said(['Overview', 'Billing overview', 'Clinical scenario'])).toBe('Overview, Billing overview and Clinical scenario');
  });
});

describe('pinned pages', () => {
  const site = 'https://x.test';
  it('are told apart from live pages and forwarding pages', () => {
    expect(isPinnedPage(`${site}/editions/2026/codes/37249/`)).toBe(true);
    expect(isPinnedPage(`${site}/codes/37249/`)).toBe(false);
    expect(isPinnedPage(`${site}/editions/2026/`)).toBe(false);
    expect(isForwardingPage(`${site}/37249/`)).toBe(true);
    expect(isForwardingPage(`${site}/editions/2026/codes/37249/`)).toBe(false);
  });
  it('are cited with their edition and the day it was kept', () => {
    const parts = { code: '37249', title: 'A title', siteName: 'Example', url: 'https://x.test/editions/2025/codes/37249/', lastReviewed: new Date('2025-12-01') };
    expect(citationText({ ...parts, edition: { year: 2025, keptOn: new Date('2025-12-15') } })).toBe(
      'CPT 37249: A title. Example, pinned copy for the CPT 2025 code set (kept 2025-12-15). https://x.test/editions/2025/codes/37249/ (last reviewed 2025-12-01).',
    );
  });
});

it('writes a schema issue path as an author reads it', () => {
  expect(fieldPath(['history', 'revisions', 0, 'text'])).toBe('history.revisions[0].text');
  expect(fieldPath([])).toBe('');
});
