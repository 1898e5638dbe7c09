import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/test';
import { atomProblems, readFeed } from '../support/atom';
import { contentCodes } from '../support/content';
import { htmlElements } from '../support/html';
import { ATOM_SCHEMA, relaxNgErrors } from '../support/relax-ng';
import { builtPages, readPage } from '../support/site';
import { atomXml } from '../../src/editions/atom';
import { changeFeed } from '../../src/editions/change-feed';
import { editionChanges } from '../../src/editions/edition-changes';
import { absoluteUrl, codeUrl, feedUrl } from '../../src/shared/urls';

const codes = contentCodes();
const scratch = () => mkdtempSync(join(tmpdir(), 'cpt-feed-'));

test('every page names the change feed in its head', { tag: '@base-path' }, ({ distDir }) => {
  const pages = builtPages(distDir).filter((p) => p.type !== 'redirect');
  for (const page of pages) {
    const feeds = htmlElements(readPage(page)).filter((e) => e.name === 'link' && e.attribs.type === 'application/atom+xml');
    expect(feeds.map((e) => [e.parent && 'name' in e.parent ? e.parent.name : '', e.attribs.rel, e.attribs.href]), page.path).toEqual([['head', 'alternate', feedUrl()]]);
  }
});

test('the head link leads to a valid Atom feed of the site\'s changes', { tag: '@base-path' }, async ({ page, request, site }) => {
  await page.goto(codeUrl(codes[0]!.code));
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();

  const file = join(scratch(), 'changes.atom');
  writeFileSync(file, xml);
  expect(await relaxNgErrors(ATOM_SCHEMA, [file])).toEqual([]);
  expect(atomProblems(xml)).toEqual([]);

  const feed = readFeed(xml);
  const abs = (path: string) => absoluteUrl(path, site.url);
  expect(feed.links.find((l) => l.rel === 'self')!.href).toBe(abs(feedUrl()));
  // Every page's last review is a change a training team hears of.
  for (const { code } of codes) {
    const entry = feed.entries.find((e) => e.category === 'reviewed' && e.links[0]!.href === abs(codeUrl(code)));
    expect(entry, code).toBeTruthy();
  }
  for (const link of feed.entries.flatMap((e) => e.links)) {
    const path = new URL(link.href).pathname;
    expect((await request.get(path)).status(), link.href).toBe(200);
  }
});

test('a feed with every kind of change is valid against RFC 4287\'s schema', async () => {
  const site = { name: 'CPT Reference', abs: (path: string) => absoluteUrl(path, 'https://intranet.example.org'), organisation: { name: 'Editors', url: 'https://example.org/' }, notice: 'Notice.' };
  const sources = [
    { code: '37244', title: 'A & B', history: { added: 2017, revisions: [{ year: 2022, text: 'Reworded <units>.' }] }, deleted: undefined, lastReviewed: new Date('2026-11-22') },
    { code: '37246', title: 'C', history: { revisions: [] }, deleted: { year: 2025, replacedBy: [] }, lastReviewed: new Date('2025-02-01') },
  ];
  const xml = atomXml(changeFeed(site, editionChanges(sources, 2026), sources));
  expect(readFeed(xml).entries.map((e) => e.category)).toEqual(['reviewed', 'reviewed', 'deleted', 'revised', 'added']);
  const dir = scratch();
  const full = join(dir, 'full.atom');
  const empty = join(dir, 'empty.atom');
  writeFileSync(full, xml);
  writeFileSync(empty, atomXml(changeFeed(site, editionChanges([], 2026), [])));
  expect(await relaxNgErrors(ATOM_SCHEMA, [full, empty])).toEqual([]);
});

test('the schema check catches a feed that breaks RFC 4287', async () => {
  const bad = join(scratch(), 'bad.atom');
  writeFileSync(bad, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>yesterday</updated></feed>\n');
  expect((await relaxNgErrors(ATOM_SCHEMA, [bad])).join('\n')).toMatch(/error/);
});
