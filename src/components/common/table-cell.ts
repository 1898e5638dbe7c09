/** The border and padding of every data table's header and body cells, so the site's tables match. */
export const TABLE_CELL = 'border border-line px-3 py-2 align-top dark:border-line-dark';
