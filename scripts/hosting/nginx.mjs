// Runs the built site behind nginx the way a team would deploy it, with the configuration
// generated from dist/_headers and site.config.yaml (src/hosting/host-config.ts):
//   node scripts/hosting/nginx.mjs <port> [folder]   start nginx in the foreground on a high port, with
//                                            its own prefix in .nginx/<port>/ (never the system service)
//   node scripts/hosting/nginx.mjs --print [folder]  print the server block to put in /etc/nginx/conf.d/
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { siteConfig } from '../../src/site/site-config.ts';
import { parseHeadersFile, parseRedirectsFile, renderNginxServer } from '../../src/hosting/host-config.ts';
import { NGINX } from '../test-env/ensure-nginx.mjs';

const print = process.argv[2] === '--print';
const folder = resolve(process.argv[3] ?? 'dist');
const base = siteConfig().base_path;
if (!existsSync(join(folder, '_headers'))) {
  console.error(`${folder} has no built site with _headers. Run "npm run build" first.`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(join(folder, '_headers'), 'utf8'));
const redirectsFile = join(folder, '_redirects');
const redirects = existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : [];

if (print) {
  console.log(`# Copy the built site to /var/www${base} (the root below plus the base path).`);
  console.log(renderNginxServer({ rules, redirects, basePath: base, root: '/var/www', listen: '80' }));
  process.exit(0);
}

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1024) throw new Error(`nginx: give a port of 1024 or more, not "${process.argv[2]}"`);
const prefix = resolve('.nginx', String(port));
rmSync(prefix, { recursive: true, force: true });
// The document root holds the build at the base path, as a deployment copies it there.
const root = join(prefix, 'www');
const siteDir = join(root, base);
mkdirSync(dirname(siteDir.replace(/\/$/, '')), { recursive: true });
if (base === '/') symlinkSync(folder, root);
else symlinkSync(folder, siteDir.replace(/\/$/, ''));

const mimeTypes = '/etc/nginx/mime.types';
writeFileSync(
  join(prefix, 'nginx.conf'),
  [
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')};`,
    'events { worker_connections 256; }',
    'http {',
    existsSync(mimeTypes) ? `  include ${mimeTypes};` : '  types { text/html html; text/css css; text/javascript js; application/json json; image/svg+xml svg; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${join(prefix, temp)};`),
    renderNginxServer({ rules, redirects, basePath: base, root, listen: `127.0.0.1:${port}` }).replace(/^/gm, '  '),
    '}',
    '',
  ].join('\n'),
);

const nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx serves ${folder} at http://localhost:${port}${base}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));
