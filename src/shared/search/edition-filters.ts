/**
 * Pagefind filters on the live code pages that let a kept edition's search use the live index for
 * the codes whose pinned page forwards there (src/editions/same-as-live.ts): not offered to readers.
 */

/** The kept editions that hold the code, one year per value: their lists in code order come from the live pages. */
export const IN_EDITION_FILTER = 'in_edition';

/** The kept editions whose page of the code reads exactly as this live page. */
export const SAME_IN_EDITION_FILTER = 'same_in_edition';
