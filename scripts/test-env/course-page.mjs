// A learning system's course page on an origin of its own, for the embed tests
// (tests/e2e/embed.spec.ts): GET /?src=<address> answers a page that frames that address.
// `node scripts/test-env/course-page.mjs <port>`
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

createServer((req, res) => {
  const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? 'about:blank';
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><title>Course week 3</title><h1>Week 3</h1><iframe src="${escapeAttribute(src)}" title="Code card" width="560" height="300"></iframe>`);
}).listen(port, 'localhost', () => console.log(`course page at http://localhost:${port}/`));
