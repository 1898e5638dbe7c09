import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../../../src/shared/search/shortcut-keys';
import { filterGroups, type FilterSpec, type FilterValues } from '../../../../src/shared/search/filters';
import { HIGHLIGHT_PARAM, highlightUrl, searchUrl } from '../../../../src/shared/urls';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('takes "/" outside fields and Ctrl/Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
  });
  it('leaves "/" typed in a field, plain k and Alt combinations alone', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});

describe('search URLs', () => {
  it('carry the query and filters', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('balloon vein', { payer: 'aetna', site: '' })).toBe('/search/?q=balloon+vein&payer=aetna');
    expect(new URL(searchUrl('<script>&x', {}), 'http://x').searchParams.get('q')).toBe('<script>&x');
  });
  it('add highlight terms before the fragment', () => {
    expect(highlightUrl('/codes/37249/#overview', ['vein', 'balloon'])).toBe(
      `/codes/37249/?${HIGHLIGHT_PARAM}=vein&${HIGHLIGHT_PARAM}=balloon#overview`,
    );
    expect(highlightUrl('/codes/37249/', [])).toBe('/codes/37249/');
  });
});

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
