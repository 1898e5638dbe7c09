import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchText } from '../../../src/browser/early-fetches';
import { EARLY_FETCHES, type TextResponse } from '../../../src/shared/early-fetches';

const URL_A = '/api/handout/37249.json';

/** What the boot script leaves for the page: `url`'s response, read in full. */
function leftEarly(entries: Record<string, Promise<TextResponse>>): void {
  (globalThis as Record<string, unknown>)[EARLY_FETCHES] = entries;
}

/** A fetch that answers every address with its own name, counting the calls. */
function stubFetch(): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => (calls.push(url), new Response(`fetched ${url}`, { status: 200 })));
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>)[EARLY_FETCHES];
});

describe('fetchText', () => {
  it("takes the boot script's response for an address without fetching it again", async () => {
    const calls = stubFetch();
    leftEarly({ [URL_A]: Promise.resolve({ ok: true, status: 200, text: 'early' }) });
    await expect(fetchText(URL_A)).resolves.toEqual({ ok: true, status: 200, text: 'early' });
    expect(calls).toEqual([]);
  });

  it('takes it once: the next call for the address fetches anew', async () => {
    const calls = stubFetch();
    leftEarly({ [URL_A]: Promise.resolve({ ok: true, status: 200, text: 'early' }) });
    await fetchText(URL_A);
    await expect(fetchText(URL_A)).resolves.toEqual({ ok: true, status: 200, text: `fetched ${URL_A}` });
    expect(calls).toEqual([URL_A]);
  });

  it('keeps a status that is not ok as it came, for the caller to judge', async () => {
    stubFetch();
    leftEarly({ [URL_A]: Promise.resolve({ ok: false, status: 404, text: 'Not found' }) });
    await expect(fetchText(URL_A)).resolves.toEqual({ ok: false, status: 404, text: 'Not found' });
  });

  it('fetches once more when the early fetch failed', async () => {
    const calls = stubFetch();
    leftEarly({ [URL_A]: Promise.reject(new TypeError('offline')) });
    await expect(fetchText(URL_A)).resolves.toEqual({ ok: true, status: 200, text: `fetched ${URL_A}` });
    expect(calls).toEqual([URL_A]);
  });

  it('fetches an address the boot script did not, and on pages without a boot script', async () => {
    const calls = stubFetch();
    await expect(fetchText(URL_A)).resolves.toMatchObject({ status: 200, text: `fetched ${URL_A}` });
    leftEarly({});
    await fetchText('/api/handout/37248.json');
    expect(calls).toEqual([URL_A, '/api/handout/37248.json']);
  });
});
