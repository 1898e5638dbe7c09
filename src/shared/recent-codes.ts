import { readStored, writeStored, type KeyValueStore } from './browser-storage';

/** The code pages a reader opened, newest first, kept in this browser only and sent nowhere. */
export interface RecentCode {
  code: string;
  title: string;
  /** The page's path as it was served (base path included). */
  url: string;
}

export const RECENT_CODES_KEY = 'cpt-reference:recent-codes';

/** A handful: enough to get back to a day's codes, few enough to scan at a glance. */
export const RECENT_CODES_LIMIT = 8;

// Only shape is checked: the list is the reader's own, and each entry only becomes a link's text and address.
const isRecentCode = (value: unknown): value is RecentCode =>
  typeof value === 'object' && value !== null && ['code', 'title', 'url'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The stored list; anything malformed (a hand edit, an older shape) is dropped, never thrown. */
export function parseRecentCodes(raw: string | null): RecentCode[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isRecentCode).slice(0, RECENT_CODES_LIMIT) : [];
}

/** The list after a visit: the visited code first (moved up if already there), then the rest, cut to the limit. */
export function withVisit(list: readonly RecentCode[], visit: RecentCode, limit = RECENT_CODES_LIMIT): RecentCode[] {
  return [visit, ...list.filter((entry) => entry.code !== visit.code)].slice(0, limit);
}

export function readRecentCodes(store: KeyValueStore | undefined): RecentCode[] {
  return parseRecentCodes(readStored(store, RECENT_CODES_KEY));
}

export function recordVisit(store: KeyValueStore | undefined, visit: RecentCode): void {
  writeStored(store, RECENT_CODES_KEY, JSON.stringify(withVisit(readRecentCodes(store), visit)));
}

export function clearRecentCodes(store: KeyValueStore | undefined): void {
  writeStored(store, RECENT_CODES_KEY, null);
}
