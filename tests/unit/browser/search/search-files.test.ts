import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDirectoryShard, prefetchFor } from '../../../../src/browser/search/search-files';
import { codeDirectoryUrl, wordSuggestionsUrl } from '../../../../src/shared/urls';
import { stubFetch } from './fake-search';

afterEach(() => vi.unstubAllGlobals());

describe('search files', () => {
  it('downloads each file once for the page’s life', async () => {
    const fetched = stubFetch({ [codeDirectoryUrl('11')]: [] });
    await loadDirectoryShard('11');
    await loadDirectoryShard('11');
    expect(fetched).toEqual([codeDirectoryUrl('11')]);
  });

  it('tries a failed download again rather than remembering the failure', async () => {
    const fetched = stubFetch({}, [codeDirectoryUrl('12')]);
    await expect(loadDirectoryShard('12')).rejects.toThrow();
    stubFetch({ [codeDirectoryUrl('12')]: [{ code: '12001', title: 'T', lead: 'L' }] });
    expect(await loadDirectoryShard('12')).toHaveLength(1);
    expect(fetched).toEqual([codeDirectoryUrl('12')]);
  });

  it('treats an HTTP error as a failed download', async () => {
    stubFetch({});
    await expect(loadDirectoryShard('13')).rejects.toThrow(`${codeDirectoryUrl('13')}: HTTP 404`);
  });

  it('prefetches the file that will answer what is typed, once there is enough to name it', () => {
    const fetched = stubFetch({});
    for (const typed of ['3', '372', 'cpt 373', 'v', 'vein', 'vein stent']) prefetchFor(typed);
    expect(fetched).toEqual([codeDirectoryUrl('37'), wordSuggestionsUrl('ve')]);
  });
});
