/**
 * Lists in a page's address (`codes=37248,37249`, `sections=overview,modifiers`): comma-separated,
 * with the commas left literal so a pasted link reads as trainers write it (codes and section ids
 * never hold one). Handouts, practice sets and the compare page read and write them here.
 */
const SEPARATOR = ',';

/** The items of one or more list values (a parameter given twice counts as one list), trimmed, empty items dropped. */
export function readList(...values: readonly (string | null | undefined)[]): string[] {
  return values.flatMap((value) => (value ?? '').split(SEPARATOR).map((item) => item.trim()).filter(Boolean));
}

/** A list as one parameter value. */
export function listValue(items: readonly string[]): string {
  return items.join(SEPARATOR);
}

/** A query string with its list separators left readable instead of percent-encoded. */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replaceAll(encodeURIComponent(SEPARATOR), SEPARATOR);
}
