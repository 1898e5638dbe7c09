/**
 * The query parameters of a handout's address (read and written by handout.ts). Their own module,
 * because every address helper (urls.ts, for "Add to handout") needs them and nothing else of the
 * handout: importing handout.ts there put the whole handout reader into the bundle of every page
 * script that builds a link.
 */
/** The query parameters of a handout's address. */
export const HANDOUT_PARAMS = {
  codes: 'codes',
  sections: 'sections',
  edition: 'edition',
  title: 'title',
  note: 'note',
  /** Set by "Add to handout" on a code page: the code to append to the handout being built. */
  add: 'add',
} as const;
