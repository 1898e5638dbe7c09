import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codeSchema } from '../../../src/content.config';
import { codeExportSchema } from '../../../src/export/export-schema';
import { CODE_FIELDS, type FieldContext } from '../../../src/schema/code-fields';
import {
  exportRecord,
  exportShape,
  fieldReferences,
  fieldSearchText,
  fieldsFor,
  fieldView,
  filterSpecs,
  filterValues,
  frontmatterShape,
  quickFacts,
  type Reference,
} from '../../../src/schema/field-descriptors';
import { prose } from '../../../src/schema/prose';
import { Relations } from '../../../src/catalog/relations';
import type { CodeFrontmatter } from '../../support/content';

// A field nobody has added yet, declared the way a real one is: one entry, nothing else touched.
const specialty = fieldsFor<FieldContext>()({
  key: 'specialty',
  label: 'Specialty',
  frontmatter: () => ({ specialty: prose.optional() }),
  view: (d) => d.specialty,
  fact: (text) => (text ? { text } : null),
  notAvailable: 'No specialty is named',
  export: { shape: { specialty: z.string().nullable() }, value: (text) => ({ specialty: text ?? null }) },
  filter: { key: 'specialty', label: 'Specialty', values: (d) => (d.specialty ? [{ value: d.specialty, label: d.specialty }] : []) },
});
const fields = [...CODE_FIELDS, specialty] as const;

const ref: Reference = () => z.string().transform((id) => ({ id }));
const named = (id: string) => [id, { id, data: { name: id.toUpperCase(), description: 'd', level: 'CPT' } }] as const;
const ctx: FieldContext = {
  code: '37248',
  catalog: {
    families: new Map([named('veins')]),
    sites: new Map([named('office')]),
    payers: new Map([named('medicare')]),
    modifiers: new Map([named('59')]),
    relations: new Relations([{ code: '37248', addOn: false, primaryCodes: [], family: 'veins', modifiers: [], related: [] }]),
  },
};
const entry = {
  code: '37248',
  title: 'First vein',
  lead: 'Opens the first vein.',
  addOn: false,
  family: 'veins',
  serviceType: 'Venous angioplasty',
  payers: ['medicare'],
  lastReviewed: new Date('2026-01-02'),
  history: { revisions: [] },
} satisfies CodeFrontmatter;
const schema = z.object(frontmatterShape(fields, ref)).strict();
const out = { abs: (path: string) => `https://example.org${path}`, ref: (r: { code: string }) => ({ code: r.code, url: null }) };

describe('one descriptor per code field', () => {
  it('an added field reaches the content schema, leaving the real one as it is', () => {
    expect(schema.parse({ ...entry, specialty: 'Vascular surgery' }).specialty).toBe('Vascular surgery');
    expect(schema.safeParse({ ...entry, specialty: ' ' }).success).toBe(false);
    expect(codeSchema.safeParse({ ...entry, specialty: 'Vascular surgery' }).success).toBe(false);
  });

  it('an added field gets its quick-facts row, with its own "not available" wording when empty', () => {
    const facts = (data: object) => quickFacts(fields, fieldView(fields, schema.parse(data), ctx));
    expect(facts({ ...entry, specialty: 'Vascular surgery' }).at(-1)).toEqual({
      key: 'specialty',
      label: 'Specialty',
      value: { text: 'Vascular surgery' },
    });
    expect(facts(entry).at(-1)!.value).toEqual({ notAvailable: 'No specialty is named' });
    expect(facts(entry).map((row) => row.key)).toEqual(['family', 'serviceType', 'sites', 'payers', 'specialty']);
  });

  it('an added field is exported last, so every published key keeps its place', () => {
    const keys = Object.keys(exportShape(fields));
    expect(keys.slice(0, -1)).toEqual(Object.keys(codeExportSchema.shape));
    expect(keys.at(-1)).toBe('specialty');
    const record = exportRecord(fields, fieldView(fields, schema.parse(entry), ctx), out);
    expect(z.object(exportShape(fields)).strict().parse(record).specialty).toBeNull();
  });

  it('an added field with a filter becomes a search filter with the values each code carries', () => {
    expect(filterSpecs(fields).at(-1)).toEqual({ key: 'specialty', label: 'Specialty' });
    const values = filterValues(fields, schema.parse({ ...entry, specialty: 'Vascular surgery' }), ctx);
    expect(values.specialty).toEqual([{ value: 'Vascular surgery', label: 'Vascular surgery' }]);
    expect(values.family).toEqual([{ value: 'veins', label: 'VEINS' }]);
  });

  it('two fields claiming one frontmatter or export key stop the build', () => {
    const clash = fieldsFor<FieldContext>()({ key: 'shortTitle', label: 'Short title', frontmatter: () => ({ title: prose }), view: (d) => d.title });
    expect(() => frontmatterShape([...CODE_FIELDS, clash], ref)).toThrow('the frontmatter key "title"');
    expect(() => exportShape([...CODE_FIELDS, specialty, specialty])).toThrow('the export key "specialty"');
  });

  it('the real fields publish exactly the documented export keys, in order', () => {
    expect(Object.keys(codeExportSchema.shape)).toEqual([
      'code', 'url', 'json', 'title', 'lead', 'addOn', 'family', 'serviceType', 'reportWith', 'primaryService',
      'addOnCodes', 'sites', 'payers', 'modifiers', 'related', 'previousInFamily', 'nextInFamily', 'dataGaps', 'lastReviewed',
      'history',
    ]);
  });

  it('lists what a code points at (for the catalog checks) and its prose (for search words), in field order', () => {
    const data = schema.parse({ ...entry, modifiers: [{ modifier: '59', basis: 'source' }], related: [{ code: '37249', note: 'The next vein.' }] });
    expect(fieldReferences(fields, data)).toEqual([
      { path: 'family', catalog: 'families', ids: ['veins'] },
      { path: 'primaryCodes', codes: [] },
      { path: 'sites', catalog: 'sites', ids: [] },
      { path: 'payers', catalog: 'payers', ids: ['medicare'] },
      { path: 'modifiers', catalog: 'modifiers', ids: ['59'] },
      { path: 'related', codes: ['37249'] },
      { path: 'deleted.replacedBy', codes: [] },
    ]);
    expect(fieldSearchText(fields, data)).toEqual(['First vein', 'Opens the first vein.', 'Venous angioplasty', '', '', 'The next vein.']);
  });
});
