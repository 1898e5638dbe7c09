import { beforeAll, describe, expect, it } from 'vitest';
import { runSearch } from '../../../../src/browser/search/engine';
import { searchVocabulary } from '../../../../src/glossary/terms';
import { parseQuery } from '../../../../src/shared/search/query';
import { searchVocabularyUrl, searchWordsUrl } from '../../../../src/shared/urls';
import { sampleTerms } from '../../../support/glossary';
import { fakeBundle, scopeOf, stubFetch, type FakePage } from './fake-search';

const pages: FakePage[] = [
  { url: '/codes/37249/', code: '37249', title: 'Balloon angioplasty, vein', text: 'balloon angioplasty of a vein' },
  { url: '/codes/37244/', code: '37244', title: 'Embolization', text: 'embolization for hemorrhage' },
  { url: '/glossary/', title: 'Glossary', text: 'balloon and stent words' },
];
const bundle = () => fakeBundle(pages);
const search = (query: string, isWanted?: () => boolean) => runSearch(parseQuery(query), scopeOf(bundle()), isWanted);
const loaded = async (query: string) => {
  const outcome = await search(query);
  return { outcome, urls: (await outcome.load(0, 10)).map((hit) => hit.url) };
};

beforeAll(() => {
  stubFetch({
    [searchVocabularyUrl()]: { forms: searchVocabulary(sampleTerms), modifiers: ['59'], families: [] },
    [searchWordsUrl()]: ['balloon', 'angioplasty', 'vein', 'embolization', 'hemorrhage', 'stent'],
  });
});

describe('runSearch', () => {
  it('answers a code prefix in code order, code pages first', async () => {
    const { outcome, urls } = await loaded('3724');
    expect(urls).toEqual(['/codes/37244/', '/codes/37249/']);
    expect(outcome.note).toBeUndefined();
  });

  it('falls back from a code without a page to the codes that share its first four characters', async () => {
    const { urls } = await loaded('37248');
    expect(urls).toEqual(['/codes/37244/', '/codes/37249/']);
  });

  it('puts code pages before other pages for words, and turns an excerpt into marked segments', async () => {
    const outcome = await search('balloon');
    const hits = await outcome.load(0, 10);
    expect(hits.map((hit) => hit.url)).toEqual(['/codes/37249/', '/glossary/']);
    expect(hits[0]).toMatchObject({ code: '37249', title: 'Balloon angioplasty, vein' });
    expect(hits[0]!.excerpt).toContainEqual({ text: 'balloon', marked: true });
  });

  it('ranks several words with one Pagefind search: code pages first in relevance order, then the other pages', async () => {
    const relevanceOrder: FakePage[] = [
      { url: '/codes/families/iliac/', title: 'Code family: Iliac', text: 'iliac artery stenosis' },
      { url: '/codes/37257/', code: '37257', title: 'Iliac stent', text: 'iliac artery stenosis stent' },
      { url: '/codes/37249/', code: '37249', title: 'Balloon angioplasty', text: 'iliac artery stenosis balloon' },
    ];
    const scope = scopeOf(fakeBundle(relevanceOrder));
    const hits = await (await runSearch(parseQuery('iliac artery stenosis'), scope)).load(0, 10);
    expect(hits.map((hit) => hit.url)).toEqual(['/codes/37257/', '/codes/37249/', '/codes/families/iliac/']);
    expect((scope.bundle as ReturnType<typeof fakeBundle>).searched).toEqual(['iliac artery stenosis']);
  });

  it('searches a glossary form in place of a spelling no page holds, and says so', async () => {
    const { outcome, urls } = await loaded('haemorrhage');
    expect(urls).toEqual(['/codes/37244/']);
    expect(outcome.note).toEqual({ kind: 'expanded', searched: ['hemorrhage'], alone: true });
  });

  it('offers the nearest indexed spelling when a word matches nothing', async () => {
    const { outcome, urls } = await loaded('embolisation');
    expect(outcome.note).toEqual({ kind: 'corrected', query: 'embolization' });
    expect(urls).toEqual(['/codes/37244/']);
  });

  it('falls back to pages holding some of the words, labelled with the words they hold', async () => {
    const { outcome, urls } = await loaded('stent zebra');
    expect(outcome.note).toEqual({ kind: 'partial', words: ['stent'] });
    expect(urls).toEqual(['/glossary/']);
    expect((await outcome.load(0, 1))[0]!.partial).toEqual(['stent']);
  });

  it('skips the fallbacks for an answer no longer wanted', async () => {
    const outcome = await search('embolisation', () => false);
    expect(outcome.total).toBe(0);
    expect(outcome.note).toBeUndefined();
  });

  it('searches nothing for punctuation alone', async () => {
    const scope = scopeOf(bundle());
    expect((await runSearch(parseQuery('!!!'), scope)).total).toBe(0);
    expect((scope.bundle as ReturnType<typeof fakeBundle>).searched).toEqual([]);
  });
});
