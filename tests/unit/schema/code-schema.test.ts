import { describe, expect, it } from 'vitest';
import { collections } from '../../../src/content.config';
import type { z } from 'astro/zod';
import type { CodeFrontmatter } from '../../support/content';

const schema = collections.codes.schema as z.ZodType;

const valid = {
  code: '37249',
  title: 'Balloon angioplasty, each further peripheral vein',
  lead: 'Reports each additional vein opened with a balloon in the same session.',
  addOn: true,
  primaryCodes: ['37248'],
  family: 'venous-angioplasty',
  serviceType: 'Endovascular venous angioplasty',
  sites: ['hospital-outpatient'],
  payers: ['medicare'],
  modifiers: [{ modifier: '59', basis: 'source', whenToUse: 'Distinct vein, documented.' }],
  related: [{ code: '37248', note: 'The first vein.' }],
  dataGaps: ['payer-rates'],
  lastReviewed: new Date('2026-11-22'),
  history: { added: 2017, revisions: [{ year: 2022, text: 'Wording changed.' }] },
} satisfies CodeFrontmatter;

/** The messages zod gives for one bad field, keyed by the field path. */
function problems(data: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('code schema', () => {
  it('accepts a complete add-on entry and defaults the optional lists', () => {
    expect(problems(valid)).toEqual({});
    const { related: _r, dataGaps: _d, ...minimal } = valid;
    const parsed = schema.parse(minimal) as { related: unknown[]; dataGaps: unknown[] };
    expect(parsed.related).toEqual([]);
    expect(parsed.dataGaps).toEqual([]);
  });

  it.each([
    ['an unquoted number', 37249, 'must be a quoted string'],
    ['a leading-zero code read as a number', 100, 'must be a quoted string'],
    ['six digits', '372490', 'must be five digits'],
    ['a trailing space', '37249 ', 'must be five digits'],
    ['a lower-case letter', '0075t', 'must be five digits'],
    ['full-width digits', '３７２４９', 'must be five digits'],
  ])('rejects a code written as %s', (_case, code, message) => {
    expect(problems({ ...valid, code }).code).toContain(message);
  });

  it('accepts a Category III code', () => {
    expect(problems({ ...valid, code: '0075T' })).toEqual({});
  });

  it('rejects unknown keys, so a misspelt field is not silently dropped', () => {
    expect(Object.keys(problems({ ...valid, titel: 'x' }))).toEqual(['']);
  });

  it.each(['title', 'lead', 'serviceType', 'family', 'addOn', 'lastReviewed', 'history'])('requires %s', (field) => {
    const { [field as keyof typeof valid]: _omit, ...rest } = valid;
    expect(problems(rest)).toHaveProperty(field);
  });

  it('rejects a date that is not a YAML date', () => {
    expect(problems({ ...valid, lastReviewed: '22/11/2026' }).lastReviewed).toContain('YYYY-MM-DD');
  });

  it('needs a primary code or primary service on an add-on, and none on a primary code', () => {
    expect(problems({ ...valid, primaryCodes: [] }).primaryCodes).toContain('an add-on code needs primaryCodes');
    expect(problems({ ...valid, primaryCodes: [], primaryService: 'An initial iliac revascularization' })).toEqual({});
    expect(problems({ ...valid, addOn: false }).primaryCodes).toContain('only add-on codes');
  });

  it('requires every modifier row to state its basis', () => {
    expect(problems({ ...valid, modifiers: [{ modifier: '59' }] })).toHaveProperty('modifiers.0.basis');
  });

  it('states a history: added is optional, revisions default to none, each revision needs its year and text', () => {
    expect(problems({ ...valid, history: { revisions: [] } })).toEqual({});
    expect((schema.parse({ ...valid, history: {} }) as { history: unknown }).history).toEqual({ revisions: [] });
    const missing = 'history.revisions[0].text is missing or empty: say what that edition changed, in your own words';
    expect(problems({ ...valid, history: { revisions: [{ year: 2022 }] } })['history.revisions.0.text']).toBe(missing);
    expect(problems({ ...valid, history: { revisions: [{ year: 2022, text: '  ' }] } })['history.revisions.0.text']).toBe(missing);
    expect(problems({ ...valid, history: { revisions: [{ text: 'Changed.' }] } })).toHaveProperty('history.revisions.0.year');
    expect(problems({ ...valid, history: { added: 2017.5 } })).toHaveProperty('history.added');
    expect(problems({ ...valid, history: { added: 1800 } })).toHaveProperty('history.added');
    expect(Object.keys(problems({ ...valid, history: { addded: 2017 } }))).toEqual(['history']);
  });

  it('rejects an unknown kind of data gap', () => {
    expect(problems({ ...valid, dataGaps: ['rvus'] })).toHaveProperty('dataGaps.0');
  });

  it('lets a deleted code name its replacements', () => {
    expect(problems({ ...valid, deleted: { year: 2026, replacedBy: ['37248'] } })).toEqual({});
    expect(problems({ ...valid, deleted: { year: 'last year' } })).toHaveProperty('deleted.year');
  });
});
