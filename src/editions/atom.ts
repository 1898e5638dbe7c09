/**
 * An Atom feed document (RFC 4287) as text. Only the parts this site writes: plain-text
 * constructs, person, links and categories. Every URL passed in must already be absolute.
 */

export const ATOM_MEDIA_TYPE = 'application/atom+xml';

interface AtomLink {
  rel: 'self' | 'alternate' | 'related';
  href: string;
  type: string;
}

export interface AtomEntry {
  /** A permanent IRI: the same event keeps the same id in every build (RFC 4287 4.2.6). */
  id: string;
  title: string;
  updated: Date;
  links: AtomLink[];
  category: { term: string; label: string };
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: Date;
  author: { name: string; uri: string };
  links: AtomLink[];
  rights: string;
  entries: AtomEntry[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');

const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
const empty = (name: string, attrs: Record<string, string>) => `<${name}${attributes(attrs)}/>`;
// RFC 3339 date-time, to the second: sub-second digits would only say the build's clock.
const dateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${text('id', entry.id)}`,
    `    ${text('title', entry.title)}`,
    `    ${text('updated', dateTime(entry.updated))}`,
    ...entry.links.map((link) => `    ${empty('link', { ...link })}`),
    `    ${empty('category', { ...entry.category })}`,
    `    ${text('summary', entry.summary)}`,
    '  </entry>',
  ].join('\n');
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${text('id', feed.id)}`,
    `  ${text('title', feed.title)}`,
    `  ${text('subtitle', feed.subtitle)}`,
    `  ${text('updated', dateTime(feed.updated))}`,
    `  <author>${text('name', feed.author.name)}${text('uri', feed.author.uri)}</author>`,
    ...feed.links.map((link) => `  ${empty('link', { ...link })}`),
    `  ${text('rights', feed.rights)}`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
