import { describe, expect, it } from 'vitest';
import { filterGroups, type FilterSpec, type FilterValues } from '../../../../src/shared/search/filters';

describe('filterGroups', () => {
  const specs: FilterSpec[] = ['family', 'addon', 'site', 'payer', 'modifier'].map((key) => ({ key, label: key }));
  const page = (family: string, payers: string[]): FilterValues => ({
    family: [{ value: family, label: family.toUpperCase() }],
    addon: [{ value: 'no', label: 'No' }],
    site: [],
    payer: payers.map((p) => ({ value: p, label: p })),
    modifier: [],
  });
  it('offers each value some page carries, once, in every declared group', () => {
    const groups = filterGroups(specs, [page('a', ['x', 'y']), page('b', ['y'])]);
    expect(groups.map((g) => g.key)).toEqual(specs.map((f) => f.key));
    expect(groups.find((g) => g.key === 'family')!.options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ]);
    expect(groups.find((g) => g.key === 'payer')!.options.map((o) => o.value)).toEqual(['x', 'y']);
    expect(groups.find((g) => g.key === 'site')!.options).toEqual([]);
  });
});
