/**
 * keptDifferencesUrl()'s file: how a kept edition's codes differ from the live pages. `own`: the
 * codes whose pinned page is a page of its own (its text is not the live page's); `lacks`: live
 * codes the edition does not hold. Every other live code reads in the edition as its live page.
 * Both in code order; shared by the build that writes it and the browser code that reads it.
 * `addedIndex`: some of its own pages are in a search index added beside the edition's cached one
 * (src/kept-cache/index-split.ts), which its search merges in.
 */
export interface EditionDifferences {
  own: string[];
  lacks: string[];
  addedIndex: boolean;
}

/** The file as the browser reads it. */
export interface EditionDifferenceSets {
  own: ReadonlySet<string>;
  lacks: ReadonlySet<string>;
  addedIndex: boolean;
}

export const editionDifferences = (own: Iterable<string>, lacks: Iterable<string>, addedIndex: boolean): EditionDifferences => ({ own: [...own].sort(), lacks: [...lacks].sort(), addedIndex });
