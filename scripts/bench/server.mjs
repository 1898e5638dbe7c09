// A static server that gzips like a production host and records every response's body bytes, so
// "bytes transferred" is what the browser would really receive. Pagefind's index files are already
// compressed and are sent as they are. It sends the site's cache rules (dist/_headers, read as
// src/hosting/host-config.ts reads it) and answers a matching ETag with 304, as nginx does.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/hosting/host-config.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};
const COMPRESSIBLE = new Set(Object.keys(TYPES));

function resolveFile(root, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, path), join(root, path, 'index.html')]) {
    if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function startServer(root, port) {
  const log = [];
  const gzipped = new Map();
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const notFound = join(root, '404.html');
    const path = file ?? (existsSync(notFound) ? notFound : undefined);
    const type = path ? (TYPES[extname(path)] ?? 'application/octet-stream') : TYPES['.txt'];
    let body = path ? readFileSync(path) : Buffer.from('Not found');
    const headers = { 'Content-Type': type, 'Cache-Control': headersFor(rules, pathname).get('Cache-Control') };
    if (file) {
      const { size, mtimeMs } = statSync(file);
      headers['ETag'] = `"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"`;
      if (req.headers['if-none-match'] === headers['ETag']) {
        log.push({ path: pathname, bytes: 0, status: 304 });
        res.writeHead(304, headers);
        return res.end();
      }
    }
    if (path && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 6 }));
      body = gzipped.get(path);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    log.push({ path: pathname, bytes: body.length, status });
    res.writeHead(status, headers);
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(port, 'localhost', () =>
      resolve({
        url: `http://localhost:${port}`,
        log,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}
