/**
 * A CPT code as printed: five digits (Category I), or four digits and F (Category II), T
 * (Category III) or U (PLA). The regular expressions that find codes in text are built from it.
 */
export const CODE_SOURCE = String.raw`\d{4}[\dFTU]`;
export const CODE_PATTERN = new RegExp(`^${CODE_SOURCE}$`);
/** The shape of a code, as error messages say it. */
export const CODE_SHAPE = 'five digits, or four digits and F, T or U (e.g. "37249", "0075T")';

export function isCode(value: string): boolean {
  return CODE_PATTERN.test(value);
}

/**
 * Strips what coders type around a code: "cpt 37249", " 37249 ", "+37249", "37 249", "37-249" and
 * full-width digits all become "37249". The result may still be a partial or invalid code.
 */
export function codeCandidate(input: string): string {
  return input
    .normalize('NFKC')
    .trim()
    .replace(/^cpt(?:®)?\s*(?:code\s*)?/i, '')
    .replace(/^\+\s*/, '')
    .trim()
    // "37 249" and "37-249": a code split where it was read aloud or printed across a gap.
    .replace(/^(\d{2,4})[\s-](\d{1,3})$/, (whole, head: string, tail: string) => (head.length + tail.length <= 5 ? head + tail : whole))
    .toUpperCase();
}

/**
 * True while what is typed may still become the "cpt" a code is prefixed with ("c", "cpt",
 * "CPT code"), so a search box need not start loading its word search yet.
 */
export function mayBecomeCodePrefix(input: string): boolean {
  const typed = input.normalize('NFKC').trim().toLowerCase();
  return typed !== '' && ('cpt'.startsWith(typed) || /^cpt®?\s*(?:c(?:o(?:de?)?)?)?$/.test(typed));
}

/**
 * Reads what a coder types as a code: "cpt 37249", " 37249 ", "+37249" and "0075t" all mean the
 * code itself. Returns null when the text is not a single code.
 */
export function normalizeCode(input: string): string | null {
  const candidate = codeCandidate(input);
  return isCode(candidate) ? candidate : null;
}

// One collator for every comparison: localeCompare with options builds a new one each call, which
// cost 6.5 s of a 10,000-code build sorting the search's word lists. Made at the first comparison,
// not when the module loads: every page with the search box loads this module, and a browser's
// first collator loads locale data (25 to 40 ms in Chromium on a busy machine) before the page's
// scripts run, the handout's among them.
let codeOrder: Intl.Collator | undefined;

/** Numeric-first order, so 0075T sorts with the 00xxx codes and 37248 before 37249. */
export function compareCodes(a: string, b: string): number {
  codeOrder ??= new Intl.Collator('en', { numeric: true });
  return codeOrder.compare(a, b);
}
