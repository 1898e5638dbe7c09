/**
 * How a code's life in CPT is worded, wherever it is shown: the code page's History section and
 * the compare page's history row say the same thing in the same words.
 */
export const HISTORY_WORDING = {
  added: 'Added to CPT',
  revisions: 'Revisions',
  deleted: 'Deleted',
  addedNotAvailable: 'The year the code was added is not available',
  noRevisions: 'No revisions are given',
  // No year here: the page names its edition above, and a kept page must read the same as the live one when nothing changed.
  notDeleted: 'No: the code is in the code set this page reflects.',
  noReplacement: 'no replacement code is given.',
} as const;
