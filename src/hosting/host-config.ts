/**
 * What a web server must send with the built site, as data: security headers on every response,
 * and cache rules. It is rendered as `_headers` (Netlify, Cloudflare Pages, scripts/hosting/serve.mjs) and
 * as an nginx configuration, so every host gets the same rules. No imports: plain-Node scripts
 * (serve, nginx) load this file directly.
 */

interface HeaderRule {
  /** A public path pattern; `*` matches anything, as in `_headers`. */
  pattern: string;
  /**
   * Headers an earlier rule set that this one drops before adding its own. Cloudflare Pages joins
   * the values of every matching rule ("a, b"), and two Content-Security-Policy values are two
   * policies that both apply; its `! Name` line detaches the earlier value. Netlify's parser skips
   * a line without a colon and lets the later rule's value win, so one file serves both.
   */
  detach?: string[];
  headers: [name: string, value: string][];
}

/** Files whose name changes when their content does: cache them for a year, never ask again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (HTML, the code directory, Pagefind's entry files): a browser keeps its copy but
 * asks the server each time, so a deploy shows at once and an unchanged file costs a 304. Netlify
 * and Cloudflare Pages send an equivalent default for files no rule names.
 */
export const REVALIDATE = 'no-cache';

/**
 * Content-hashed folders under the base path: Astro's bundles, and Pagefind's index chunks,
 * fragments and filters. Pagefind's pagefind.js, worker, WebAssembly and entry JSON keep fixed
 * names, and its hashed pagefind.<lang>_<hash>.pf_meta sits beside them where only a mid-path
 * wildcard could pick it out, which not every host's `_headers` reads: those are revalidated.
 */
const HASHED_FOLDERS = ['_astro/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;

/** Pages that other sites may frame (the embed cards): their folder pattern and their own policy. */
interface FramedPages {
  pattern: string;
  policy: string;
}

/** The rules for the whole site; the embed cards' rule replaces the site-wide policy. */
export function headerRules(basePath: string, policy: string, framed?: FramedPages): HeaderRule[] {
  return [
    {
      pattern: `${basePath}*`,
      headers: [
        ['Content-Security-Policy', policy],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...HASHED_FOLDERS.map((folder) => ({
      pattern: `${basePath}${folder}*`,
      headers: [['Cache-Control', IMMUTABLE]] as [string, string][],
    })),
    ...(framed ? [{ pattern: framed.pattern, detach: ['Content-Security-Policy'], headers: [['Content-Security-Policy', framed.policy]] as [string, string][] }] : []),
  ];
}

/** `_headers` as Netlify and Cloudflare Pages read it. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const lines = (rule: HeaderRule) => [rule.pattern, ...(rule.detach ?? []).map((name) => `  ! ${name}`), ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)];
  return rules.map((rule) => lines(rule).join('\n')).join('\n') + '\n';
}

/** Reads `_headers` back into rules (scripts/hosting/serve.mjs and the nginx configuration use the built file). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length && line.trim().startsWith('!')) (rules.at(-1)!.detach ??= []).push(line.trim().slice(1).trim());
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const patternRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/**
 * The headers a host sends for a public path, read as Cloudflare Pages reads `_headers`, the
 * strictest of the hosts: every matching rule's headers, a name set twice joined with a comma
 * unless the later rule detaches it; REVALIDATE where no rule names a cache rule.
 */
export function headersFor(rules: readonly HeaderRule[], publicPath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => patternRegExp(r.pattern).test(publicPath))) {
    for (const name of rule.detach ?? []) headers.delete(name);
    for (const [name, value] of rule.headers) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', REVALIDATE);
  return headers;
}

/**
 * A `_redirects` rule as Netlify and Cloudflare Pages read it: `:name` placeholders in `from`
 * reappear in `to`, and so does what a `*` (the splat) matched, as `:splat`.
 */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

export function renderRedirectsFile(rules: readonly RedirectRule[]): string {
  return rules.map((r) => `${r.from} ${r.to} ${r.status}`).join('\n') + '\n';
}

export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/) as [string, string, string | undefined];
      return { from, to, status: Number(status ?? 301) };
    });
}

/** A rule as a regular expression and a replacement with $1, $2, … for its placeholders (nginx's rewrite, and JavaScript's). */
function redirectPattern({ from, to }: RedirectRule): { regex: string; replacement: string } {
  const names: string[] = [];
  const regex = from
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*|:(\w+)/g, (_, name: string | undefined) => (names.push(name ?? 'splat'), name ? '([^/]+)' : '(.*)'));
  const replacement = to.replace(/:(\w+)/g, (_, name: string) => `$${names.indexOf(name) + 1}`);
  return { regex: `^${regex}$`, replacement };
}

/**
 * Where a host with these rules sends a request, or null: the first rule that matches. Netlify
 * asks only where no file exists (a file wins); Cloudflare Pages asks first, whatever exists.
 */
export function redirectFor(rules: readonly RedirectRule[], publicPath: string): { location: string; status: number } | null {
  for (const rule of rules) {
    const { regex, replacement } = redirectPattern(rule);
    const pattern = new RegExp(regex);
    if (pattern.test(publicPath)) return { location: publicPath.replace(pattern, replacement), status: rule.status };
  }
  return null;
}

interface NginxSite {
  rules: readonly HeaderRule[];
  /** Rules applied where no file exists, as Netlify applies `_redirects`. */
  redirects?: readonly RedirectRule[];
  basePath: string;
  /** The document root: the built site (dist/) is copied or linked to <root><basePath>. */
  root: string;
  listen: string;
}

const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * An nginx `server` block for the site: the rules' headers (nginx's add_header does not inherit
 * into a location that has its own, so each location repeats the security headers), and 404.html
 * for anything missing. Paths outside the base path find no file, so they 404 too.
 */
export function renderNginxServer({ rules, redirects = [], basePath, root, listen }: NginxSite): string {
  const [all, ...specific] = rules;
  if (!all || all.pattern !== `${basePath}*`) throw new Error(`the first header rule must cover the whole site (${basePath}*)`);
  // A location's own header replaces the site-wide one of that name, as a detached header in headersFor().
  const add = (headers: readonly [string, string][]) => [...new Map(headers)].map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
  const location = (match: string, headers: readonly [string, string][], directives: string[] = []) =>
    [`  location ${match} {`, ...directives.map((d) => `    ${d}`), ...add([...all.headers, ...headers]), '  }'].join('\n');
  const rewrites = redirects.map((r) => {
    const { regex, replacement } = redirectPattern(r);
    return `rewrite ${quoted(regex)} ${quoted(replacement)} ${r.status === 301 ? 'permanent' : 'redirect'};`;
  });
  // Every specific rule is a folder ("…/_astro/*"): nginx's ^~ prefix match, which no regex overrides.
  const prefix = (pattern: string) => {
    if (!/^[^*]*\*$/.test(pattern)) throw new Error(`nginx: header rule "${pattern}" is not a folder pattern such as /_astro/*`);
    return `^~ ${quoted(pattern.slice(0, -1))}`;
  };
  return [
    'server {',
    `  listen ${listen};`,
    `  root ${quoted(root)};`,
    '  index index.html;',
    '  charset utf-8;',
    // "/codes" → "/codes/" keeps the host and port the browser used.
    '  absolute_redirect off;',
    `  error_page 404 ${basePath}404.html;`,
    location('/', [['Cache-Control', REVALIDATE]], rewrites.length ? ['try_files $uri $uri/ @redirects;'] : []),
    // As in headersFor(): a folder whose rule names no cache rule is revalidated like any page.
    ...specific.map((rule) => location(prefix(rule.pattern), [['Cache-Control', REVALIDATE], ...rule.headers])),
    ...(rewrites.length ? [location('@redirects', [], [...rewrites, 'return 404;'])] : []),
    '}',
  ].join('\n');
}
