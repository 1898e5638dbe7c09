import { vi } from 'vitest';
import type { PagefindApi, PagefindBundle, PagefindResult } from '../../../../src/browser/search/pagefind';
import type { SearchScope } from '../../../../src/browser/search/engine';

/** A page as Pagefind would index it: its words, and its code when it is a code page. */
export interface FakePage {
  url: string;
  title: string;
  text: string;
  code?: string;
  /** Its Pagefind filters: each key's values. */
  filters?: Record<string, string[]>;
  /** Its relevance when found (Pagefind's score); higher first. */
  score?: number;
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

function result(page: FakePage, id: string, words: readonly string[]): PagefindResult {
  const excerpt = page.text
    .split(' ')
    .map((word) => (words.includes(word.toLowerCase()) ? `<mark>${word}</mark>` : word))
    .join(' ');
  return { id, score: page.score ?? 1, data: async () => ({ url: page.url, excerpt, meta: { title: page.title, code: page.code } }) };
}

/**
 * Pagefind over a handful of pages, enough to run the engine's tiers without a browser: a page is
 * found when it holds every searched word (or, for a code prefix, when its code starts with it);
 * a sorted search returns code pages only, in code order, as Pagefind's does; the pages without a
 * code are the other pages. `searched` lists every term searched, the other pages' lookup not included.
 */
export function fakeBundle(pages: readonly FakePage[]): PagefindBundle & { searched: (string | null)[] } {
  const searched: (string | null)[] = [];
  const find = (term: string | null, filters: Record<string, string> = {}) => {
    searched.push(term);
    const words = wordsOf(term ?? '');
    const filtered = (page: FakePage) => Object.entries(filters).every(([key, value]) => page.filters?.[key]?.includes(value));
    return pages
      .map((page, i) => ({ page, id: String(i) }))
      .filter(({ page }) => filtered(page) && words.every((word) => wordsOf(page.text).includes(word) || page.code?.toLowerCase().startsWith(word)))
      .map(({ page, id }) => result(page, id, words));
  };
  const api: PagefindApi = {
    options: async () => undefined,
    init: async () => undefined,
    mergeIndex: async () => undefined,
    search: async (term) => ({ results: find(term), filters: {} }),
    filters: async () => ({}),
  };
  return {
    searched,
    load: async () => api,
    loadFilterIndex: async () => undefined,
    findPages: async (term, filters) => ({ results: find(term, filters), counts: {} }),
    findCodePages: async (term, filters) =>
      find(term, filters)
        .filter((found) => pages[Number(found.id)]!.code)
        .sort((a, b) => pages[Number(a.id)]!.code!.localeCompare(pages[Number(b.id)]!.code!)),
    findOtherPages: async () => new Set(pages.flatMap((page, i) => (page.code ? [] : [String(i)]))),
  };
}

export const scopeOf = (bundle: PagefindBundle): SearchScope => ({ bundle, filters: {} });

/** Answers fetch() from a table of site paths; any other path is a 404, and `failing` paths fail outright. */
export function stubFetch(files: Record<string, unknown>, failing: readonly string[] = []) {
  const fetched: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    fetched.push(url);
    if (failing.includes(url)) throw new TypeError('Failed to fetch');
    const body = files[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => body, text: async () => JSON.stringify(body) } as Response;
  });
  vi.stubGlobal('fetch', fetch);
  return fetched;
}
