import { keptDifferencesUrl } from '../../shared/urls';
import { fetchText } from '../early-fetches';
import type { EditionDifferenceSets, EditionDifferences } from '../../shared/edition-differences';

const read = new Map<number, Promise<EditionDifferenceSets>>();

/** How a kept edition differs from the live pages, fetched once per page life; a failed fetch is tried again on the next call. */
export function keptDifferences(year: number): Promise<EditionDifferenceSets> {
  let differences = read.get(year);
  if (!differences) {
    const url = keptDifferencesUrl(year);
    differences = fetchText(url)
      .then(({ ok, status, text }) => {
        if (!ok) throw new Error(`${url}: HTTP ${status}`);
        return JSON.parse(text) as EditionDifferences;
      })
      .then((file) => ({ own: new Set(file.own), lacks: new Set(file.lacks), addedIndex: file.addedIndex }));
    differences.catch(() => read.delete(year));
    read.set(year, differences);
  }
  return differences;
}
