// What the built site is made of, by kind of file: how many files and bytes each kind takes, so
// a team can see which setting (site.config.yaml `short_links`, kept editions) moves which figure
// against a host's limits (docs/configuration-and-deploy.md, "Each host").
// Usage: node scripts/bench/output-inventory.mjs [dist]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CODE_SOURCE } from '../../src/shared/codes.ts';

const CODE = CODE_SOURCE;
const YEAR = String.raw`\d{4}`;
/** The kind of an output file, by its route (dist/ is laid out by route); first match wins. */
const KINDS = [
  ['code page', new RegExp(`^codes/${CODE}/index\\.html$`)],
  ['code page QR', new RegExp(`^codes/${CODE}/qr\\.svg$`)],
  ['pinned page', new RegExp(`^editions/${YEAR}/codes/${CODE}/index\\.html$`)],
  ['pinned page, forwarding', /^$/],
  ['pinned page QR', new RegExp(`^editions/${YEAR}/codes/${CODE}/qr\\.svg$`)],
  ['QR sheet', /(^|\/)qr\/[^/]+\.svg$/],
  ['short link page', new RegExp(`^${CODE}/index\\.html$`)],
  ['pinned short link page', new RegExp(`^${YEAR}/${CODE}/index\\.html$`)],
  ['embed card', new RegExp(`^embed/${CODE}/index\\.html$`)],
  ['code JSON (api/codes)', new RegExp(`^api/codes/${CODE}\\.json$`)],
  ['compare JSON', /^compare\/codes\/[^/]+\.json$/],
  ['Pagefind fragments (live)', /^pagefind\/fragment\//],
  ['Pagefind index chunks (live)', /^pagefind\/index\//],
  ['Pagefind filters (live)', /^pagefind\/filter\//],
  ['Pagefind other (live)', /^pagefind\//],
  ['Pagefind fragments (kept)', new RegExp(`^editions/${YEAR}/pagefind/fragment/`)],
  ['Pagefind index chunks (kept)', new RegExp(`^editions/${YEAR}/pagefind/index/`)],
  ['Pagefind filters (kept)', new RegExp(`^editions/${YEAR}/pagefind/filter/`)],
  ['Pagefind other (kept)', new RegExp(`^editions/${YEAR}/pagefind/`)],
  ['Pagefind added beside a cached one (kept)', new RegExp(`^editions/${YEAR}/pagefind-added/`)],
  ['search shards and word files', /^search\/.+\.json$/],
  ['change pages (editions)', new RegExp(`^editions/(${YEAR}/)?index\\.html$`)],
  ['scripts and styles (_astro)', /^_astro\//],
  ['_redirects', /^_redirects$/],
];

// A pinned page whose text is the live page's forwards there (src/editions/kept-forwards.ts): a few hundred bytes.
const FORWARDING_MAX_BYTES = 4096;
const isForwarding = (path, size) => size < FORWARDING_MAX_BYTES && readFileSync(path, 'utf8').includes('data-redirect-to');

/** The short-link files, which `short_links: host-rules` or `prefix-rules` replace with one _redirects file. */
const SHORT_LINK_KINDS = ['short link page', 'pinned short link page'];

export function inventory(dir) {
  const kinds = new Map([...KINDS.map(([name]) => [name, { files: 0, bytes: 0 }]), ['everything else', { files: 0, bytes: 0 }]]);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const route = relative(dir, path);
    const { size } = statSync(path);
    const found = KINDS.find(([, pattern]) => pattern.test(route))?.[0] ?? 'everything else';
    const kind = kinds.get(found === 'pinned page' && isForwarding(path, size) ? 'pinned page, forwarding' : found);
    kind.files += 1;
    kind.bytes += size;
  }
  return kinds;
}

const mib = (bytes) => (bytes / 2 ** 20).toFixed(2);

/**
 * The whole output with each `short_links` setting: `pages` as built here (the default), and the
 * rule settings, which write a _redirects file in place of the short-link pages (the rest is the same).
 */
export function outputBySetting(kinds) {
  const entries = kinds instanceof Map ? [...kinds] : Object.entries(kinds);
  const sum = (list) => list.reduce((total, [, k]) => ({ files: total.files + k.files, bytes: total.bytes + k.bytes }), { files: 0, bytes: 0 });
  const pages = sum(entries.filter(([name]) => name !== '_redirects'));
  const links = sum(entries.filter(([name]) => SHORT_LINK_KINDS.includes(name)));
  return { pages, rules: { files: pages.files - links.files + 1, bytes: pages.bytes - links.bytes } };
}

/** outputBySetting() as one line; bytes in decimal GB too, as the hosts state their limits. */
export function formatBySetting(kinds) {
  const { pages, rules } = outputBySetting(kinds);
  const line = ({ files, bytes }) => `${files.toLocaleString('en')} files, ${mib(bytes)} MiB (${(bytes / 1e9).toFixed(2)} GB)`;
  return `  by short_links setting: pages ${line(pages)}; host-rules or prefix-rules ${line(rules)}`;
}

/** The inventory (a Map, or the object the results file holds) as lines: each kind's files, MiB and bytes a file. */
export function formatInventory(kinds) {
  return (kinds instanceof Map ? [...kinds] : Object.entries(kinds))
    .filter(([, { files }]) => files)
    .map(([name, { files, bytes }]) => `  ${name}: ${files.toLocaleString('en')} files, ${mib(bytes)} MiB (${Math.round(bytes / files).toLocaleString('en')} bytes a file)`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kinds = inventory(resolve(process.argv[2] ?? 'dist'));
  const total = [...kinds.values()].reduce((sum, k) => ({ files: sum.files + k.files, bytes: sum.bytes + k.bytes }), { files: 0, bytes: 0 });
  console.log(`${formatInventory(kinds)}\n  total: ${total.files.toLocaleString('en')} files, ${mib(total.bytes)} MiB\n${formatBySetting(kinds)}`);
}
