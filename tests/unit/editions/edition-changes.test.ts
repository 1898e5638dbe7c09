import { describe, expect, it } from 'vitest';
import { editionChanges, editionTakesEffect, editionYears, type ChangeSource } from '../../../src/editions/edition-changes';

const code = (c: string, history: ChangeSource['history'], deleted?: ChangeSource['deleted']): ChangeSource => ({ code: c, title: `Title ${c}`, history, deleted });

// In code order, as the catalog gives them.
const codes = [
  code('37244', { added: 2017, revisions: [{ year: 2022, text: 'Guidance wording changed.' }] }),
  code('37246', { added: 2017, revisions: [] }, { year: 2025, replacedBy: [{ code: '37249', hasPage: true }] }),
  code('37248', { revisions: [{ year: 2022, text: 'Scope clarified.' }, { year: 2024, text: 'Units explained.' }] }),
  code('37249', { revisions: [] }),
];

describe('edition years', () => {
  it('are the current edition and every year a history or deletion names, newest first, once each', () => {
    expect(editionYears(codes, 2026)).toEqual([2026, 2025, 2024, 2022, 2017]);
  });

  it('include the current edition when no code names a year', () => {
    expect(editionYears([code('37249', { revisions: [] })], 2026)).toEqual([2026]);
  });

  it('take effect on January 1', () => {
    expect(editionTakesEffect(2026).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('edition changes', () => {
  const byYear = new Map(editionChanges(codes, 2026).map((e) => [e.year, e]));

  it('has one entry per edition year, newest first', () => {
    expect([...byYear.keys()]).toEqual([2026, 2025, 2024, 2022, 2017]);
  });

  it('groups the codes each edition added, revised and deleted, in code order', () => {
    expect(byYear.get(2017)).toEqual({
      year: 2017,
      added: [
        { code: '37244', title: 'Title 37244' },
        { code: '37246', title: 'Title 37246' },
      ],
      revised: [],
      deleted: [],
    });
    expect(byYear.get(2022)!.revised).toEqual([
      { code: '37244', title: 'Title 37244', text: 'Guidance wording changed.' },
      { code: '37248', title: 'Title 37248', text: 'Scope clarified.' },
    ]);
    expect(byYear.get(2025)!.deleted).toEqual([{ code: '37246', title: 'Title 37246', replacedBy: [{ code: '37249', hasPage: true }] }]);
  });

  it('leaves an edition that changed nothing empty', () => {
    expect(byYear.get(2026)).toEqual({ year: 2026, added: [], revised: [], deleted: [] });
  });
});
