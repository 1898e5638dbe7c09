import { describe, expect, it } from 'vitest';
import { compareTable, differenceSummary, type CompareRecord } from '../../../../src/shared/compare/compare-record';

const record = (code: string, rows: CompareRecord['rows']): CompareRecord => ({ code, title: `Title ${code}`, url: `/codes/${code}/`, rows });

describe('compareTable', () => {
  it('lines rows up by key and marks those whose values differ', () => {
    const a = record('37248', [
      { key: 'addOn', label: 'Add-on code', value: { text: 'No' } },
      { key: 'family', label: 'Code family', value: { text: 'Veins' } },
      { key: 'payers', label: 'Payers reviewed', value: { items: ['Aetna'] } },
    ]);
    const b = record('37249', [
      { key: 'payers', label: 'Payers reviewed', value: { items: ['Aetna', 'Cigna'] } },
      { key: 'family', label: 'Code family', value: { text: 'Veins' } },
      { key: 'addOn', label: 'Add-on code', value: { text: 'Yes' } },
    ]);
    expect(compareTable([a, b])).toEqual([
      { key: 'addOn', label: 'Add-on code', cells: [{ text: 'No' }, { text: 'Yes' }], differs: true },
      { key: 'family', label: 'Code family', cells: [{ text: 'Veins' }, { text: 'Veins' }], differs: false },
      { key: 'payers', label: 'Payers reviewed', cells: [{ items: ['Aetna'] }, { items: ['Aetna', 'Cigna'] }], differs: true },
    ]);
  });

  it('shows a row one record lacks as not available, which differs', () => {
    const a = record('37248', [{ key: 'sites', label: 'Sites of service', value: { text: 'Office' } }]);
    const rows = compareTable([a, record('37249', [])]);
    expect(rows[0]).toMatchObject({ cells: [{ text: 'Office' }, { notAvailable: 'Sites of service' }], differs: true });
  });

  it('has no rows without records', () => {
    expect(compareTable([])).toEqual([]);
  });
});

describe('differenceSummary', () => {
  it('counts the rows that differ', () => {
    const row = (differs: boolean) => ({ key: 'k', label: 'K', cells: [], differs });
    expect(differenceSummary([row(true), row(false), row(true)])).toBe('2 of 3 rows differ; each is marked “Differs”.');
    expect(differenceSummary([row(false), row(false)])).toBe('The codes agree on all 2 rows.');
  });
});
