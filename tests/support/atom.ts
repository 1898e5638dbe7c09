import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface ReadLink {
  rel: string;
  href: string;
  type: string | undefined;
}

export interface ReadEntry {
  id: string;
  title: string;
  updated: string;
  links: ReadLink[];
  category: string | undefined;
  summary: string;
}

export interface ReadFeed {
  namespace: string | undefined;
  id: string;
  title: string;
  updated: string;
  author: string;
  links: ReadLink[];
  entries: ReadEntry[];
}

const children = (parent: Element, name: string) => parent.children.filter((c): c is Element => c.type === 'tag' && c.name === name);
const textOf = (parent: Element, name: string) => children(parent, name).map((c) => DomUtils.textContent(c)).join('|');
// An absent rel means "alternate" (RFC 4287 4.2.7.2).
const linksOf = (parent: Element): ReadLink[] =>
  children(parent, 'link').map((l) => ({ rel: l.attribs.rel ?? 'alternate', href: l.attribs.href ?? '', type: l.attribs.type }));

/** A feed document read into plain values (htmlparser2 in XML mode), so tests compare data, not text. */
export function readFeed(xml: string): ReadFeed {
  const feed = parseDocument(xml, { xmlMode: true }).children.find((c): c is Element => c.type === 'tag' && c.name === 'feed');
  if (!feed) throw new Error('no <feed> root element');
  return {
    namespace: feed.attribs.xmlns,
    id: textOf(feed, 'id'),
    title: textOf(feed, 'title'),
    updated: textOf(feed, 'updated'),
    author: children(feed, 'author').map((a) => textOf(a, 'name')).join('|'),
    links: linksOf(feed),
    entries: children(feed, 'entry').map((e) => ({
      id: textOf(e, 'id'),
      title: textOf(e, 'title'),
      updated: textOf(e, 'updated'),
      links: linksOf(e),
      category: children(e, 'category')[0]?.attribs.term,
      summary: textOf(e, 'summary'),
    })),
  };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

/**
 * What RFC 4287 requires beyond its RELAX NG schema (which cannot say "exactly one", and whose
 * Schematron rules Jing skips): one id, title and updated each; an author for every entry; an
 * alternate link on every entry without content; RFC 3339 dates; absolute, unique ids.
 */
export function atomProblems(xml: string): string[] {
  const feed = readFeed(xml);
  const problems: string[] = [];
  if (feed.namespace !== ATOM_NS) problems.push(`feed: namespace is ${feed.namespace}`);
  const checkCommon = (where: string, { id, title, updated }: { id: string; title: string; updated: string }) => {
    if (!isAbsoluteIri(id)) problems.push(`${where}: id "${id}" is not one absolute IRI`);
    if (!title || title.includes('|')) problems.push(`${where}: needs exactly one title`);
    if (!RFC3339.test(updated)) problems.push(`${where}: updated "${updated}" is not one RFC 3339 date-time`);
  };
  checkCommon('feed', feed);
  if (!feed.author) problems.push('feed: no author, so every entry would need one');
  if (feed.links.filter((l) => l.rel === 'self').length !== 1) problems.push('feed: needs one rel="self" link');
  feed.entries.forEach((entry, i) => {
    checkCommon(`entry ${i}`, entry);
    if (!entry.links.some((l) => l.rel === 'alternate')) problems.push(`entry ${i}: no alternate link and no content`);
    for (const link of entry.links) if (!isAbsoluteIri(link.href)) problems.push(`entry ${i}: link "${link.href}" is not absolute`);
  });
  const ids = feed.entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push('entries: two share an id');
  return problems;
}
