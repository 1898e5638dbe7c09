// A static server that gzips like a production host and records every response's body bytes, so
// "bytes transferred" is what the browser would really receive. Pagefind's index files are already
// compressed and are sent as they are.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const notFound = join(root, '404.html');
    const path = file ?? (existsSync(notFound) ? notFound : undefined);
    const type = path ? (TYPES[extname(path)] ?? 'application/octet-stream') : TYPES['.txt'];
    let body = path ? readFileSync(path) : Buffer.from('Not found');
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
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
