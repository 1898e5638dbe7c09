/**
 * keptDifferencesUrl()'s file: how a kept edition's codes differ from the live pages. `own`: the
 * codes whose pinned page is a page of its own (its text is not the live page's); `lacks`: live
 * codes the edition does not hold. Every other live code reads in the edition as its live page.
 * Both in code order; shared by the build that writes it and the browser code that reads it.
 */
export interface EditionDifferences {
  own: string[];
  lacks: string[];
}

/** The file as the browser reads it. */
export interface EditionDifferenceSets {
  own: ReadonlySet<string>;
  lacks: ReadonlySet<string>;
}

export const editionDifferences = (own: Iterable<string>, lacks: Iterable<string>): EditionDifferences => ({ own: [...own].sort(), lacks: [...lacks].sort() });
