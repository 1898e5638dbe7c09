import { describe, expect, it } from 'vitest';
import { checkHistory, type HistoryRecord } from '../../../src/editions/history-checks';

const FILE = 'content/codes/37246.mdx';
const EDITION = 2026;
const AFTER = 'is after the 2026 edition (the current edition: cpt_edition in site.config.yaml)';

function record(history: HistoryRecord['history'], deleted?: HistoryRecord['deleted']): HistoryRecord {
  return { filePath: FILE, history, deleted };
}
const check = (history: HistoryRecord['history'], deleted?: HistoryRecord['deleted']) => checkHistory([record(history, deleted)], EDITION);

describe('checkHistory', () => {
  it('accepts an empty history, and a full one up to the current edition', () => {
    expect(check({ revisions: [] })).toEqual([]);
    expect(check({ added: 2017, revisions: [{ year: 2019 }, { year: 2026 }] })).toEqual([]);
    expect(check({ added: 2017, revisions: [{ year: 2022 }] }, { year: 2026 })).toEqual([]);
    expect(check({ revisions: [] }, { year: 2026 })).toEqual([]);
  });

  it.each([
    ['history.added', { added: 2027, revisions: [] }, undefined, 2027],
    ['history.revisions[0].year', { revisions: [{ year: 2027 }] }, undefined, 2027],
    ['history.revisions[1].year', { revisions: [{ year: 2020 }, { year: 2031 }] }, undefined, 2031],
    ['deleted.year', { revisions: [] }, { year: 2030 }, 2030],
  ])('names %s when it is after the current edition', (field, history, deleted, year) => {
    expect(check(history, deleted)).toEqual([`${FILE}: ${field} ${year} ${AFTER}`]);
  });

  it('reads the current edition it is given', () => {
    expect(checkHistory([record({ added: 2027, revisions: [] })], 2027)).toEqual([]);
  });

  it('names a revision before, or in, the year the code was added', () => {
    expect(check({ added: 2017, revisions: [{ year: 2015 }] })).toEqual([
      `${FILE}: history.revisions[0].year 2015 is not after history.added 2017: a code is revised or deleted only in editions after the one that added it`,
    ]);
    expect(check({ added: 2017, revisions: [{ year: 2017 }] })).toHaveLength(1);
  });

  it('names a deletion before, or in, the year the code was added', () => {
    expect(check({ added: 2017, revisions: [] }, { year: 2016 })).toEqual([
      `${FILE}: deleted.year 2016 is not after history.added 2017: a code is revised or deleted only in editions after the one that added it`,
    ]);
    expect(check({ added: 2017, revisions: [] }, { year: 2017 })).toHaveLength(1);
  });

  it('names a revision in or after the year the code was deleted', () => {
    expect(check({ revisions: [{ year: 2024 }] }, { year: 2024 })).toEqual([
      `${FILE}: deleted.year 2024 is not after history.revisions[0].year 2024: a code is revised only in editions before the one that deleted it`,
    ]);
  });

  it('wants revisions oldest first, one per edition', () => {
    expect(check({ revisions: [{ year: 2022 }, { year: 2019 }] })).toEqual([
      `${FILE}: history.revisions[1].year 2019 is not after history.revisions[0].year 2022: list revisions oldest first`,
    ]);
    expect(check({ revisions: [{ year: 2022 }, { year: 2022 }] })).toEqual([
      `${FILE}: history.revisions[1].year 2022 is not after history.revisions[0].year 2022: write one revision per edition, its text covering everything that edition changed`,
    ]);
  });

  it('reports every problem of every file, each file named', () => {
    const other = { filePath: 'content/codes/37249.mdx', history: { added: 2030, revisions: [{ year: 2029 }] } };
    expect(checkHistory([record({ revisions: [] }), other], EDITION)).toEqual([
      `content/codes/37249.mdx: history.added 2030 ${AFTER}`,
      `content/codes/37249.mdx: history.revisions[0].year 2029 ${AFTER}`,
      'content/codes/37249.mdx: history.revisions[0].year 2029 is not after history.added 2030: a code is revised or deleted only in editions after the one that added it',
    ]);
  });
});
