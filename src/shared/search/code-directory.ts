import { compareCodes } from '../codes';
import type { SearchQuery } from './query';
import { allShards, shardOf } from './shards';
import { codeUrl, modifierUrl } from '../urls';

/**
 * A code typed into the search box is answered from a small list of codes (the code directory)
 * rather than the full-text index: the first code search then costs a few kilobytes instead of
 * Pagefind's engine and page list, and prefixes come back in exact code order. The directory is
 * split into shards by the first two characters (./shards.ts). Two-digit modifiers ("59") sit in
 * the directory too, since they look like a prefix.
 */
/**
 * What a suggestion shows: the code (or modifier), its short title and the start of its lead
 * sentence. The page's address is not stored: it follows from the code (entryUrl), and every byte
 * of a shard is waited for on a slow network before the first suggestion shows.
 */
export interface DirectoryEntry {
  code?: string;
  modifier?: string;
  title: string;
  lead: string;
}

export function entryUrl(entry: DirectoryEntry): string {
  return entry.code ? codeUrl(entry.code) : modifierUrl(entry.modifier!);
}

/**
 * How much of a lead a suggestion shows. A suggestion line is a reminder, not the summary (the page
 * has the whole sentence); cutting at about two lines of the box keeps a 1,000-code shard small.
 */
export const SUGGESTION_LEAD_LENGTH = 90;

/** A lead cut to SUGGESTION_LEAD_LENGTH at a word boundary, marked as cut with an ellipsis. */
export function suggestionLead(lead: string): string {
  if (lead.length <= SUGGESTION_LEAD_LENGTH) return lead;
  const cut = lead.slice(0, SUGGESTION_LEAD_LENGTH + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : cut.slice(0, SUGGESTION_LEAD_LENGTH)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Modifiers a coder could type where a code prefix is expected. */
export function isPrefixShaped(id: string): boolean {
  return /^\d{2,4}$/.test(id);
}

const keyOf = (entry: DirectoryEntry) => entry.code ?? entry.modifier ?? '';

/**
 * Every entry grouped by shard: in each, modifiers first, then codes in code order. Every shard
 * exists, empty or not, so a lookup never meets a 404 (which the browser logs as an error).
 */
export function buildShards(entries: readonly DirectoryEntry[]): Map<string, DirectoryEntry[]> {
  const ordered = [...entries].sort((a, b) => Number(!!a.code) - Number(!!b.code) || compareCodes(keyOf(a), keyOf(b)));
  const shards = new Map<string, DirectoryEntry[]>(allShards().map((shard) => [shard, []]));
  for (const entry of ordered) {
    const shard = shardOf(keyOf(entry));
    shards.set(shard, [...(shards.get(shard) ?? []), entry]);
  }
  return shards;
}

/**
 * What a query names, from its shard. A prefix lists the modifier it spells, if any, then its
 * codes in order; a code comes first, followed by its neighbours (the codes sharing its first four
 * characters), which are all there is to show when the code itself has no page.
 */
export function lookUpCodes(query: SearchQuery, shard: readonly DirectoryEntry[]): DirectoryEntry[] {
  const codes = shard.filter((entry) => entry.code).sort((a, b) => compareCodes(a.code!, b.code!));
  if (query.kind === 'prefix') {
    const modifiers = shard.filter((entry) => entry.modifier === query.prefix);
    return [...modifiers, ...codes.filter((entry) => entry.code!.startsWith(query.prefix))];
  }
  if (query.kind !== 'code') return [];
  const exact = codes.filter((entry) => entry.code === query.code);
  const neighbours = codes.filter((entry) => entry.code !== query.code && entry.code!.startsWith(query.code.slice(0, 4)));
  return [...exact, ...neighbours];
}
