/**
 * How a kept edition's pages of their own are split between its cached search index and a small
 * index added beside it. Which pages are its own depends on the live pages: editing a live page the
 * edition holds makes its pinned page one of its own. Indexed whole, one such edit rebuilt the
 * edition's index (about 3 ms a page, 6 s of a warm rebuild with three kept editions at 10,000
 * codes); the new pages now go to the added index, and the browser searches both as one
 * (src/browser/search/pagefind.ts).
 */

/**
 * The added index may grow to this share of the cached one before the whole index is built again:
 * past it, each rebuild would index more pages on the side than a fresh index would save.
 */
const ADDED_SHARE = 0.25;

export interface IndexSplit {
  /** The codes of the edition's main index: the cached index's, or every page of its own. */
  indexed: string[];
  /** The pages of its own that the cached index lacks, indexed beside it. */
  added: string[];
}

/**
 * The split for the edition's pages of their own (`own`), given the codes its cached index holds
 * (`held`, undefined when none is cached). The cached index is kept only when each page it holds is
 * still one of the edition's own (a page that reads as live again forwards there, and its search
 * result must go with it) and the pages it lacks are few; otherwise the whole index is built again.
 */
export function indexSplit(own: readonly string[], held: readonly string[] | undefined): IndexSplit {
  if (held?.length) {
    const ownCodes = new Set(own);
    const heldCodes = new Set(held);
    const added = own.filter((code) => !heldCodes.has(code));
    if (held.every((code) => ownCodes.has(code)) && added.length <= held.length * ADDED_SHARE) return { indexed: [...held], added };
  }
  return { indexed: [...own], added: [] };
}
