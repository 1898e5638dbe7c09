import { keptDifferences } from '../editions/edition-differences';
import { IN_EDITION_FILTER, SAME_IN_EDITION_FILTER } from '../../shared/search/edition-filters';
import { pinnedResultUrl } from '../../shared/search/pinned-results';
import type { FilterCounts, PagefindApi, PagefindBundle, PagefindResult } from './pagefind';

const addCounts = (a: FilterCounts, b: FilterCounts): FilterCounts => {
  const sum: FilterCounts = structuredClone(a);
  for (const [key, values] of Object.entries(b)) {
    for (const [value, count] of Object.entries(values)) (sum[key] ??= {})[value] = (sum[key][value] ?? 0) + count;
  }
  return sum;
};

/**
 * A kept edition's search: its pages of their own (their text is not today's) from its own index
 * (with the index added beside it, when the differences file says there is one), and its other codes from the live index, where their live pages carry the edition in a filter
 * (src/shared/search/edition-filters.ts), each shown at its pinned address. A code's place in code
 * order comes from the live index, which holds every code of the edition (IN_EDITION_FILTER).
 * The live index is opened as a second instance, so the header box's searches of the live pages
 * never count these filters.
 */
export function keptEditionBundle(year: number, live: PagefindBundle, openOwn: (withAddedIndex: boolean) => PagefindBundle): PagefindBundle {
  let own: Promise<PagefindBundle | undefined> | undefined;
  const ownBundle = () => {
    own ??= keptDifferences(year).then(({ own: codes, addedIndex }) => (codes.size ? openOwn(addedIndex) : undefined));
    own.catch(() => (own = undefined));
    return own;
  };
  const inEdition = (filters: Record<string, string>) => ({ ...filters, [IN_EDITION_FILTER]: String(year) });
  const pinned = (result: PagefindResult): PagefindResult => ({
    ...result,
    data: async () => {
      const data = await result.data();
      return data.meta.code ? { ...data, url: pinnedResultUrl(data.url, data.meta.code, year) } : data;
    },
  });
  const load = async (): Promise<PagefindApi> => {
    const api = await live.load();
    // What the search page counts before a query: the edition's codes, not the whole live site.
    return { ...api, filters: async () => (await live.findPages(null, inEdition({}))).counts };
  };
  return {
    load,
    async loadFilterIndex() {
      await Promise.all([live.loadFilterIndex(), ownBundle().then((bundle) => bundle?.loadFilterIndex())]);
    },
    async findPages(term, filters) {
      if (term === null) {
        const found = await live.findPages(null, inEdition(filters));
        return { results: found.results.map(pinned), counts: found.counts };
      }
      const [fromOwn, fromLive] = await Promise.all([
        ownBundle().then((bundle) => bundle?.findPages(term, filters)),
        live.findPages(term, { ...filters, [SAME_IN_EDITION_FILTER]: String(year) }),
      ]);
      const results = [...(fromOwn?.results ?? []), ...fromLive.results.map(pinned)].sort((a, b) => b.score - a.score);
      return { results, counts: addCounts(fromOwn?.counts ?? {}, fromLive.counts) };
    },
    async findCodePages(term, filters) {
      return (await live.findCodePages(term, inEdition(filters))).map(pinned);
    },
    codePagesOnly: true,
    // A kept edition holds code pages only.
    findOtherPages: async () => new Set(),
  };
}
