import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runSearch } from '../../../../src/browser/search/engine';
import { keptEditionBundle } from '../../../../src/browser/search/kept-edition-bundle';
import { searchVocabulary } from '../../../../src/glossary/terms';
import { IN_EDITION_FILTER, SAME_IN_EDITION_FILTER } from '../../../../src/shared/search/edition-filters';
import { parseQuery } from '../../../../src/shared/search/query';
import { keptDifferencesUrl, searchVocabularyUrl, searchWordsUrl } from '../../../../src/shared/urls';
import { sampleTerms } from '../../../support/glossary';
import { fakeBundle, scopeOf, stubFetch, type FakePage } from './fake-search';

// The 2025 edition holds 37244 (reads as live), 37246 (changed since: a page of its own) and 37249
// (reads as live); 37248 is live only. The live pages carry the edition filters the build gives them.
const editions = (inEdition: string[], same: string[]) => ({ [IN_EDITION_FILTER]: inEdition, [SAME_IN_EDITION_FILTER]: same });
const live: FakePage[] = [
  { url: '/codes/37244/', code: '37244', title: 'Embolization', text: 'embolization for hemorrhage', filters: editions(['2025'], ['2025']), score: 3 },
  { url: '/codes/37246/', code: '37246', title: 'Angioplasty, artery', text: 'balloon angioplasty of an artery today', filters: editions(['2025'], []), score: 5 },
  { url: '/codes/37248/', code: '37248', title: 'Angioplasty, vein', text: 'balloon angioplasty of a vein', filters: editions([], []), score: 4 },
  { url: '/codes/37249/', code: '37249', title: 'Angioplasty, more veins', text: 'balloon angioplasty of another vein', filters: editions(['2025'], ['2025']), score: 1 },
  { url: '/glossary/', title: 'Glossary', text: 'balloon and stent words', score: 9 },
];
const own: FakePage[] = [{ url: '/editions/2025/codes/37246/', code: '37246', title: 'Angioplasty, artery', text: 'balloon angioplasty of an artery as kept', score: 2 }];

const files = (ownCodes: string[], addedIndex = false) => ({
  [searchVocabularyUrl()]: { forms: searchVocabulary(sampleTerms), modifiers: [], families: [] },
  [searchWordsUrl()]: ['balloon', 'angioplasty', 'vein', 'artery', 'embolization', 'hemorrhage', 'stent', 'kept', 'today'],
  [keptDifferencesUrl(2025)]: { own: ownCodes, lacks: ['37248'], addedIndex },
});
const urlsOf = async (query: string, bundle = keptEditionBundle(2025, fakeBundle(live), () => fakeBundle(own))) => {
  const outcome = await runSearch(parseQuery(query), scopeOf(bundle));
  return (await outcome.load(0, 10)).map((hit) => hit.url);
};

describe('a kept edition searched across its own pages and the live pages that read the same', () => {
  beforeEach(() => stubFetch(files(['37246'])));

  it('finds words in the pages of its own and in the live pages of the codes that read as them, by relevance, at pinned addresses', async () => {
    expect(await urlsOf('balloon angioplasty')).toEqual(['/editions/2025/codes/37246/', '/editions/2025/codes/37249/']);
  });

  it('shows a changed code with its kept text, never the live text that no longer matches the edition', async () => {
    expect(await urlsOf('today')).toEqual([]);
    expect(await urlsOf('kept')).toEqual(['/editions/2025/codes/37246/']);
  });

  it('lists a code prefix in code order over every code of the edition, and never a code it does not hold', async () => {
    expect(await urlsOf('372')).toEqual(['/editions/2025/codes/37244/', '/editions/2025/codes/37246/', '/editions/2025/codes/37249/']);
  });

  it('never opens an index of its own when every code reads as live', async () => {
    stubFetch(files([]));
    // The list of own pages is read once per page life: a fresh module is a fresh page.
    vi.resetModules();
    const fresh = await import('../../../../src/browser/search/kept-edition-bundle');
    let opened = false;
    const bundle = fresh.keptEditionBundle(2025, fakeBundle(live), () => ((opened = true), fakeBundle(own)));
    expect(await urlsOf('embolization', bundle)).toEqual(['/editions/2025/codes/37244/']);
    expect(opened).toBe(false);
  });

  it('opens its own index with the index added beside it only when the differences file says there is one', async () => {
    for (const addedIndex of [false, true]) {
      stubFetch(files(['37246'], addedIndex));
      vi.resetModules();
      const fresh = await import('../../../../src/browser/search/kept-edition-bundle');
      const opened: boolean[] = [];
      const bundle = fresh.keptEditionBundle(2025, fakeBundle(live), (withAdded) => (opened.push(withAdded), fakeBundle(own)));
      expect(await urlsOf('kept', bundle)).toEqual(['/editions/2025/codes/37246/']);
      expect(opened).toEqual([addedIndex]);
    }
  });
});
