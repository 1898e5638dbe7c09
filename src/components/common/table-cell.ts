/** The class of every data table's header and body cells (src/styles/page-parts.css), so the site's tables match. */
export const TABLE_CELL = 'data-cell';
