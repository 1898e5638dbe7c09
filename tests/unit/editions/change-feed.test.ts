import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomXml } from '../../../src/editions/atom';
import { changeFeed, FEED_LIMIT, type FeedSite, type FeedSource } from '../../../src/editions/change-feed';
import { editionChanges } from '../../../src/editions/edition-changes';
import { RESOLVED_BASE_PATH, absoluteUrl } from '../../../src/shared/urls';
import { atomProblems, readFeed } from '../../support/atom';

const site: FeedSite = {
  name: 'CPT Reference',
  abs: (path) => absoluteUrl(path, 'https://intranet.example.org'),
  organisation: { name: 'Coding education', url: 'https://www.example.org/' },
  notice: 'CPT® is a registered trademark of the AMA.',
};

const source = (code: string, history: FeedSource['history'], lastReviewed: string, deleted?: FeedSource['deleted']): FeedSource => ({
  code,
  title: `Title of ${code} & <more>`,
  history,
  deleted,
  lastReviewed: new Date(lastReviewed),
});

const codes = [
  source('37244', { added: 2017, revisions: [{ year: 2022, text: 'Guidance on units was reworded.' }] }, '2026-11-22'),
  source('37246', { revisions: [] }, '2025-03-01', { year: 2025, replacedBy: [{ code: '37249', hasPage: true }] }),
  source('37249', { revisions: [] }, '2026-11-22'),
];
const feedOf = (list: FeedSource[], limit?: number) => changeFeed(site, editionChanges(list, 2026), list, limit);

afterEach(() => vi.unstubAllEnvs());

describe('change feed entries', () => {
  const feed = readFeed(atomXml(feedOf(codes)));

  it('has one entry per edition change and per page review, newest first, with a fixed order within a date', () => {
    expect(feed.entries.map((e) => [e.updated, e.category, e.title])).toEqual([
      ['2026-11-22T00:00:00Z', 'reviewed', '37244 page reviewed'],
      ['2026-11-22T00:00:00Z', 'reviewed', '37249 page reviewed'],
      ['2025-03-01T00:00:00Z', 'reviewed', '37246 page reviewed'],
      ['2025-01-01T00:00:00Z', 'deleted', '37246 deleted in CPT 2025'],
      ['2022-01-01T00:00:00Z', 'revised', '37244 revised in CPT 2022'],
      ['2017-01-01T00:00:00Z', 'added', '37244 added in CPT 2017'],
    ]);
  });

  it('says in its summary what changed, in the content\'s own words', () => {
    const summary = (category: string) => feed.entries.find((e) => e.category === category)!.summary;
    expect(summary('revised')).toBe('What the 2022 edition changed for 37244 (Title of 37244 & <more>): Guidance on units was reworded.');
    expect(summary('deleted')).toBe('37246 (Title of 37246 & <more>) was deleted from CPT in the 2025 edition; replaced by 37249.');
    expect(summary('added')).toBe('37244 (Title of 37244 & <more>) entered the CPT code set in the 2017 edition.');
    expect(summary('reviewed')).toBe('The page for 37244 (Title of 37244 & <more>) was reviewed on November 22, 2026.');
  });

  it('links each entry to its code page, and an edition change to its edition page too', () => {
    const revised = feed.entries.find((e) => e.category === 'revised')!;
    expect(revised.links).toEqual([
      { rel: 'alternate', type: 'text/html', href: 'https://intranet.example.org/codes/37244/' },
      { rel: 'related', type: 'text/html', href: 'https://intranet.example.org/editions/2022/' },
    ]);
  });

  it('gives each event a tag: id that the same event keeps whatever else changes', () => {
    expect(feed.entries.find((e) => e.category === 'deleted')!.id).toBe('tag:intranet.example.org,2026:/codes/37246/deleted/2025');
    const retitled = readFeed(atomXml(feedOf(codes.map((c) => ({ ...c, title: 'Another title' })))));
    expect(retitled.entries.map((e) => e.id)).toEqual(feed.entries.map((e) => e.id));
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });

  it('keeps the newest entries up to its limit', () => {
    const many = Array.from({ length: FEED_LIMIT + 20 }, (_, i) => source(String(10000 + i), { revisions: [] }, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const capped = readFeed(atomXml(feedOf(many)));
    expect(capped.entries).toHaveLength(FEED_LIMIT);
    expect(capped.entries.at(-1)!.updated >= '2026-01-05').toBe(true);
    expect(readFeed(atomXml(feedOf(codes, 2))).entries.map((e) => e.title)).toEqual(['37244 page reviewed', '37249 page reviewed']);
  });
});

describe('change feed document', () => {
  it('names itself, its page, its author and its newest change', () => {
    const feed = readFeed(atomXml(feedOf(codes)));
    expect(feed).toMatchObject({
      id: 'tag:intranet.example.org,2026:/changes.atom',
      title: 'CPT Reference: changes',
      updated: '2026-11-22T00:00:00Z',
      author: 'Coding education',
    });
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'https://intranet.example.org/changes.atom' },
      { rel: 'alternate', type: 'text/html', href: 'https://intranet.example.org/editions/' },
    ]);
  });

  it('is dated by its newest change, not the build, so rebuilding gives the same bytes', () => {
    expect(atomXml(feedOf(codes))).toBe(atomXml(feedOf(codes)));
    expect(readFeed(atomXml(feedOf([]))).updated).toBe('2026-01-01T00:00:00Z');
  });

  it('meets RFC 4287 and escapes text, with or without entries', () => {
    const xml = atomXml(feedOf(codes));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain('Title of 37244 &amp; &lt;more&gt;');
    expect(atomProblems(xml)).toEqual([]);
    expect(atomProblems(atomXml(feedOf([])))).toEqual([]);
  });

  it('puts the base path in every address under a sub-path', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, '/coding/cpt/');
    const feed = readFeed(atomXml(feedOf(codes)));
    expect(feed.links[0]!.href).toBe('https://intranet.example.org/coding/cpt/changes.atom');
    for (const entry of feed.entries) for (const link of entry.links) expect(link.href).toMatch(/^https:\/\/intranet\.example\.org\/coding\/cpt\//);
    expect(feed.entries[0]!.id).toBe('tag:intranet.example.org,2026:/coding/cpt/codes/37244/reviewed/2026-11-22');
  });
});
