// Free of imports: plain-Node scripts import it, directly and through src/shared/urls.ts.

/** Content dates are calendar days; format in UTC so no time zone shifts them by a day. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Made once: toLocaleDateString builds a formatter each call, 5.6 s over a 10,000-code build.
const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function longDate(date: Date): string {
  return LONG_DATE.format(date);
}

/**
 * A CPT edition is named by its year: the kept-edition folders, pinned page URLs, the search
 * page's edition choice, cpt_edition in site.config.yaml and edition:freeze all read one this way.
 */
export const EDITION_YEAR = /^\d{4}$/;
