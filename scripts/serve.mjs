// Serves the built site the way a static host does: files from dist/, the headers listed in
// dist/_headers on every response, and dist/404.html for anything missing.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
const host = process.env.HOST ?? 'localhost';

if (!existsSync(`${root}index.html`)) {
  console.error('dist/ has no built site. Run "npm run build" first (or "npm start", which builds and serves).');
  process.exit(1);
}

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern, then indented "Name: value" lines. */
function readHeaderRules() {
  const file = `${root}_headers`;
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const rules = readHeaderRules();
const applyHeaders = (res, path) => {
  for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
};
const notFound = existsSync(`${root}404.html`) ? readFileSync(`${root}404.html`) : Buffer.from('Not found');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'], setHeaders: (res, path) => applyHeaders(res, path) });

createServer((req, res) => {
  files(req, res, () => {
    applyHeaders(res, new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
}).listen(port, host, () => console.log(`CPT Reference is being served at http://localhost:${port}/`));
