import { describe, expect, it } from 'vitest';
import { chosenEdition, filtersWithout, readSearchState, searchStateUrl, type SearchChoices } from '../../../../src/shared/search/page-state';
import { SEARCH_EDITION_PARAM, SEARCH_QUERY_PARAM, searchUrl } from '../../../../src/shared/urls';

const choices: SearchChoices = { filterKeys: ['payer', 'site'], editions: [2025, 2026] };
const read = (query: string) => readSearchState(new URLSearchParams(query), choices);

describe('readSearchState', () => {
  it('reads the query and one value per known filter, ignoring empty and unknown ones', () =>
    expect(read('q=vein&payer=aetna&site=&colour=red')).toEqual({ query: 'vein', filters: { payer: 'aetna' }, edition: null }),
  );
  it('reads a kept edition the page offers', () => expect(read(`q=37249&${SEARCH_EDITION_PARAM}=2025`).edition).toBe(2025));
  it('searches the live pages when the edition is missing, empty, unknown or not a year', () => {
    for (const value of ['', '2019', 'latest', '2025.0', ' 2026x', '20250']) expect(read(`${SEARCH_EDITION_PARAM}=${value}`).edition).toBeNull();
    expect(read('q=vein').edition).toBeNull();
    expect(readSearchState(new URLSearchParams(`${SEARCH_EDITION_PARAM}=2026`), { ...choices, editions: [] }).edition).toBeNull();
  });
  it('takes the first value of a repeated parameter, as a form would send it once', () =>
    expect(read(`${SEARCH_EDITION_PARAM}=2026&${SEARCH_EDITION_PARAM}=2025`).edition).toBe(2026),
  );
});

describe('chosenEdition', () => {
  it('allows surrounding spaces, as a pasted link may carry them', () => expect(chosenEdition(' 2026 ', [2026])).toBe(2026));
  it('is the live pages for nothing at all', () => {
    expect(chosenEdition(null, [2026])).toBeNull();
    expect(chosenEdition(undefined, [2026])).toBeNull();
  });
});

describe('search page URLs', () => {
  it('carry the edition as one parameter, and none for the live pages', () => {
    expect(searchUrl('vein', {}, 2026)).toBe(`/search/?${SEARCH_QUERY_PARAM}=vein&${SEARCH_EDITION_PARAM}=2026`);
    expect(searchUrl('vein', { payer: 'aetna' }, null)).toBe('/search/?q=vein&payer=aetna');
    expect(searchUrl('', {}, 2025)).toBe(`/search/?${SEARCH_EDITION_PARAM}=2025`);
  });
  it('reopen the state they were written from', () => {
    for (const state of [
      { query: 'balloon vein', filters: { payer: 'aetna' }, edition: 2025 },
      { query: '37249', filters: {}, edition: null },
      { query: '', filters: { site: 'office' }, edition: 2026 },
    ]) {
      expect(read(new URL(searchStateUrl(state), 'http://x').search)).toEqual(state);
    }
  });
  it('trim the query they carry', () => expect(searchStateUrl({ query: ' vein ', filters: {}, edition: 2026 })).toBe(searchUrl('vein', {}, 2026)));
});

describe('filtersWithout', () => {
  it('keeps the other groups, so a group counts what choosing each of its values would give', () =>
    expect(filtersWithout({ payer: 'aetna', site: 'office' }, 'payer')).toEqual({ site: 'office' }),
  );
});
