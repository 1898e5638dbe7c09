import { describe, expect, it } from 'vitest';
import { changedSections, inWords, sameWritten, SUMMARY, writtenDigests, type ComparablePage } from '../../../src/editions/section-changes';
import { BODY_SECTIONS, DATA_SECTIONS } from '../../../src/code-page/sections';

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
  it('tells bodies apart by their digests exactly as by their sections as written', () => {
    const bodies = [
      body({ overview: 'a', 'billing-overview': 'b', 'clinical-scenario': 'c' }),
      body({ overview: 'a', 'billing-overview': 'B', 'clinical-scenario': 'c' }),
      body({ overview: 'a', 'billing-overview': 'b' }),
      body({ overview: 'a', 'billing-overview': 'b', 'clinical-scenario': 'c', 'not-a-body-section': 'x' }),
    ];
    for (const kept of bodies) {
      for (const live of bodies) {
        const sameByText = changedSections({ ...page(), body: kept }, { ...page(), body: live }).length === 0;
        expect(sameWritten(writtenDigests(kept), writtenDigests(live))).toBe(sameByText);
      }
    }
    expect(sameWritten(writtenDigests(bodies[0]!), writtenDigests(bodies[1]!))).toBe(false);
    expect(sameWritten(writtenDigests(bodies[0]!), writtenDigests(bodies[3]!))).toBe(true);
  });
  it('lists sections as a sentence does', () => {
    const said = (labels: string[]) => inWords(labels).map(({ before, item }) => before + item).join('');
    expect(said(['Overview'])).toBe('Overview');
    expect(said(['Billing overview', 'Clinical scenario'])).toBe('Billing overview and Clinical scenario');
    expect(said(['Overview', 'Billing overview', 'Clinical scenario'])).toBe('Overview, Billing overview and Clinical scenario');
  });
});
