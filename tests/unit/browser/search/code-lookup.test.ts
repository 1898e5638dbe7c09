import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstWordSuggestions, searchCodeDirectory } from '../../../../src/browser/search/code-lookup';
import { LOAD_FAILED_MESSAGE, SearchUnavailableError } from '../../../../src/browser/search/pagefind';
import { parseQuery } from '../../../../src/shared/search/query';
import { codeDirectoryUrl, codeUrl, modifierUrl, wordSuggestionsUrl } from '../../../../src/shared/urls';
import { stubFetch } from './fake-search';

afterEach(() => vi.unstubAllGlobals());

const entries = [
  { code: '37244', title: 'Embolization', lead: 'Closes a vessel.' },
  { code: '37249', title: 'Balloon angioplasty', lead: 'Opens a vein.' },
];

describe('searchCodeDirectory', () => {
  it('answers a prefix from its directory shard, as hits that link to each code page', async () => {
    stubFetch({ [codeDirectoryUrl('37')]: entries });
    const outcome = await searchCodeDirectory(parseQuery('3724'), '37');
    expect(outcome.total).toBe(2);
    expect(await outcome.load(1, 2)).toEqual([
      { url: codeUrl('37249'), code: '37249', modifier: undefined, family: undefined, title: 'Balloon angioplasty', excerpt: [{ text: 'Opens a vein.', marked: false }] },
    ]);
  });

  it('links a modifier to its page', async () => {
    stubFetch({ [codeDirectoryUrl('59')]: [{ modifier: '59', title: 'Distinct procedural service', lead: 'L' }] });
    const [hit] = await (await searchCodeDirectory(parseQuery('59'), '59')).load(0, 1);
    expect(hit).toMatchObject({ url: modifierUrl('59'), modifier: '59', code: undefined });
  });

  it('says search is unavailable when the shard cannot load', async () => {
    stubFetch({}, [codeDirectoryUrl('99')]);
    const failed = searchCodeDirectory(parseQuery('9912'), '99');
    await expect(failed).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(failed).rejects.toThrow(LOAD_FAILED_MESSAGE);
  });
});

describe('firstWordSuggestions', () => {
  it('gives the pages the word index lists for the word', async () => {
    stubFetch({ [wordSuggestionsUrl('ba')]: { balloon: [entries[1]] } });
    expect((await firstWordSuggestions(parseQuery('balloon'), 'ba')).map((hit) => hit.code)).toEqual(['37249']);
  });

  it('gives none when the word index cannot load, leaving the answer to the full search', async () => {
    stubFetch({}, [wordSuggestionsUrl('zz')]);
    expect(await firstWordSuggestions(parseQuery('zzyzx'), 'zz')).toEqual([]);
  });
});
