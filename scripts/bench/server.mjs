// A static server that gzips like a production host and records every response's body bytes, so
// "bytes transferred" is what the browser would really receive. Pagefind's index files are already
// compressed and are sent as they are. It sends the site's cache rules (dist/_headers, read as
// src/hosting/host-config.ts reads it) and answers a matching ETag with 304, as nginx does.
// It speaks HTTP/2 over TLS, as the hosts the deploy guide names do (GitHub Pages, Netlify,
// Cloudflare Pages): over HTTP/1.1 a browser opens six connections a host, so on the throttled
// profile (150 ms a request) twenty fetches wait four round trips that no host in use imposes.
// The certificate is made for the run; the bench's Chromium accepts it (BENCH_CHROMIUM_ARGS).
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** A self-signed certificate for localhost, made with openssl (Debian's, present wherever the bench runs Chromium). */
function localhostCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What Chromium needs to load the bench servers' pages over their run's certificate. */
export const BENCH_CHROMIUM_ARGS = ['--ignore-certificate-errors'];

export function startServer(root, port) {
  const log = [];
  const gzipped = new Map();
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createSecureServer({ ...localhostCertificate(), allowHTTP1: true }, (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const notFound = join(root, '404.html');
    const path = file ?? (existsSync(notFound) ? notFound : undefined);
    const type = path ? (TYPES[extname(path)] ?? 'application/octet-stream') : TYPES['.txt'];
    let body = path ? readFileSync(path) : Buffer.from('Not found');
    const headers = { 'Content-Type': type };
    const cacheControl = headersFor(rules, pathname).get('Cache-Control');
    if (cacheControl) headers['Cache-Control'] = cacheControl;
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
        url: `https://localhost:${port}`,
        log,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}
