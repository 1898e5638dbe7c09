import { ATOM_MEDIA_TYPE, type AtomEntry, type AtomFeed } from './atom';
import type { CodeView } from '../schema/code-fields';
import { isoDate, longDate } from '../shared/dates';
import { editionTakesEffect, type ChangeSource, type EditionChanges } from './edition-changes';
import { codeUrl, editionsUrl, editionUrl, feedUrl } from '../shared/urls';

/**
 * Entries in the feed. A reader fetches the whole file at each poll and keeps what it has seen,
 * so the newest 100 changes are plenty between polls, and the file stays near 50 KB however many
 * codes there are (47-57 KB for the benchmark's 10,000); every change stays listed on its
 * edition's page.
 */
export const FEED_LIMIT = 100;

/** What the feed reads of a code page: its history, and when it was last reviewed. */
export type FeedSource = ChangeSource & Pick<CodeView, 'lastReviewed'>;

export interface FeedSite {
  name: string;
  /** The configured public URL of a public path (absoluteUrl with the site's origin). */
  abs(publicPath: string): string;
  organisation: { name: string; url: string };
  notice: string;
}

export const feedTitle = (siteName: string) => `${siteName}: changes`;

/**
 * Entry ids are tag URIs (RFC 4151) under the site's host, dated by the year this feed began, so
 * an event keeps its id however often the site is rebuilt and whatever else changes on the page.
 */
const TAG_DATE = '2026';
const tagId = (site: FeedSite, path: string) => `tag:${new URL(site.abs(feedUrl())).hostname},${TAG_DATE}:${path}`;

const html = (href: string) => ({ type: 'text/html', href });

type ChangeKind = 'added' | 'revised' | 'deleted' | 'reviewed';

const CATEGORY_LABELS: Record<ChangeKind, string> = {
  added: 'Code added',
  revised: 'Code revised',
  deleted: 'Code deleted',
  reviewed: 'Page reviewed',
};

function entry(site: FeedSite, kind: ChangeKind, code: string, when: string, fields: Pick<AtomEntry, 'title' | 'updated' | 'links' | 'summary'>): AtomEntry {
  return { id: tagId(site, `${codeUrl(code)}${kind}/${when}`), category: { term: kind, label: CATEGORY_LABELS[kind] }, ...fields };
}

/** One entry per code an edition added, revised or deleted, dated when that edition took effect. */
function editionEntries(site: FeedSite, { year, added, revised, deleted }: EditionChanges): AtomEntry[] {
  const change = (kind: ChangeKind, code: string, summary: string) =>
    entry(site, kind, code, String(year), {
      title: `${code} ${kind} in CPT ${year}`,
      updated: editionTakesEffect(year),
      links: [
        { rel: 'alternate', ...html(site.abs(codeUrl(code))) },
        { rel: 'related', ...html(site.abs(editionUrl(year))) },
      ],
      summary,
    });
  const replacement = (codes: readonly { code: string }[]) =>
    codes.length ? `replaced by ${codes.map((c) => c.code).join(', ')}` : 'no replacement code is given';
  return [
    ...added.map((c) => change('added', c.code, `${c.code} (${c.title}) entered the CPT code set in the ${year} edition.`)),
    ...revised.map((c) => change('revised', c.code, `What the ${year} edition changed for ${c.code} (${c.title}): ${c.text}`)),
    ...deleted.map((c) => change('deleted', c.code, `${c.code} (${c.title}) was deleted from CPT in the ${year} edition; ${replacement(c.replacedBy)}.`)),
  ];
}

function reviewEntry(site: FeedSite, { code, title, lastReviewed }: FeedSource): AtomEntry {
  return entry(site, 'reviewed', code, isoDate(lastReviewed), {
    title: `${code} page reviewed`,
    updated: lastReviewed,
    links: [{ rel: 'alternate', ...html(site.abs(codeUrl(code))) }],
    summary: `The page for ${code} (${title}) was reviewed on ${longDate(lastReviewed)}.`,
  });
}

/**
 * The feed: every edition change and every page's last review, newest first, at most `limit`.
 * Entries of one date keep a fixed order (added, revised, deleted, then reviews; each in code
 * order), so the same content always gives the same file.
 */
export function changeFeed(site: FeedSite, editions: readonly EditionChanges[], codes: readonly FeedSource[], limit = FEED_LIMIT): AtomFeed {
  const entries = [...editions.flatMap((e) => editionEntries(site, e)), ...codes.map((c) => reviewEntry(site, c))]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, limit);
  return {
    id: tagId(site, feedUrl()),
    title: feedTitle(site.name),
    subtitle: `Codes added, revised and deleted by each CPT edition, and pages as they are reviewed: the newest ${limit}.`,
    // The newest change, not the build time, so an unchanged site publishes an unchanged feed.
    updated: entries[0]?.updated ?? editionTakesEffect(Math.max(...editions.map((e) => e.year))),
    author: { name: site.organisation.name, uri: site.organisation.url },
    links: [
      { rel: 'self', type: ATOM_MEDIA_TYPE, href: site.abs(feedUrl()) },
      { rel: 'alternate', ...html(site.abs(editionsUrl())) },
    ],
    rights: site.notice,
    entries,
  };
}
