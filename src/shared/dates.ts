// Free of imports: plain-Node scripts import it, directly and through src/shared/urls.ts.

/** Content dates are calendar days; format in UTC so no time zone shifts them by a day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "December 6, 2026", as toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC', ... }) writes
 * it, but without Intl. In the build, toLocaleDateString made a formatter each call (5.6 s over a
 * 10,000-code build). In a browser, the first Intl date formatter loads locale and time-zone data,
 * which in Chromium took 50 to 170 ms on a busy machine, and the handout paid it (its printed date)
 * before it showed its codes.
 */
export function longDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * A CPT edition is named by its year: the kept-edition folders, pinned page URLs, the search
 * page's edition choice, cpt_edition in site.config.yaml and edition:freeze all read one this way.
 */
export const EDITION_YEAR = /^\d{4}$/;
