// Serves the built site the way a static host does: files from dist/ under the configured base
// path, the headers listed in dist/_headers on every response, and dist/404.html for anything
// missing. `node scripts/hosting/serve.mjs [port] [folder]`; the base path comes from site.config.yaml
// (or BASE_PATH), as in the build.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { siteConfig } from '../../src/site/site-config.ts';
import { headersFor, parseHeadersFile, parseRedirectsFile, redirectFor } from '../../src/hosting/host-config.ts';

const root = `${resolve(process.argv[3] ?? 'dist')}/`;
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
const host = process.env.HOST ?? 'localhost';
const base = siteConfig().base_path;

if (!existsSync(`${root}index.html`)) {
  console.error(`${root} has no built site. Run "npm run build" first (or "npm start", which builds and serves; "npm run build:subpath" for dist-subpath/).`);
  process.exit(1);
}

const rules = existsSync(`${root}_headers`) ? parseHeadersFile(readFileSync(`${root}_headers`, 'utf8')) : [];
const applyHeaders = (res, publicPath) => {
  for (const [name, value] of headersFor(rules, publicPath)) res.setHeader(name, value);
};
const redirects = existsSync(`${root}_redirects`) ? parseRedirectsFile(readFileSync(`${root}_redirects`, 'utf8')) : [];
// short_links: prefix-rules is the setting for hosts that apply _redirects before files (Cloudflare
// Pages): served that way here, so the tests see what such a host does; otherwise as Netlify does.
const rulesFirst = siteConfig().short_links === 'prefix-rules';
const sendRedirect = (res, url) => {
  const redirect = redirectFor(redirects, url.pathname);
  if (redirect) res.writeHead(redirect.status, { Location: `${redirect.location}${url.search}` }).end();
  return Boolean(redirect);
};
const notFound = existsSync(`${root}404.html`) ? readFileSync(`${root}404.html`) : Buffer.from('Not found');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const publicPath = url.pathname;
  const sendNotFound = () => {
    applyHeaders(res, publicPath);
    // As Netlify applies _redirects: only where no file exists.
    if (sendRedirect(res, url)) return;
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  if (!publicPath.startsWith(base)) return sendNotFound();
  if (rulesFirst) {
    applyHeaders(res, publicPath);
    if (sendRedirect(res, url)) return;
  }
  // Files are laid out by route, without the base path.
  req.url = `/${publicPath.slice(base.length)}${url.search}`;
  // Headers are set before sirv writes, so they apply to 200 and 304 answers alike.
  applyHeaders(res, publicPath);
  files(req, res, sendNotFound);
}).listen(port, host, () => console.log(`${siteConfig().name} is being served at http://localhost:${port}${base}`));
