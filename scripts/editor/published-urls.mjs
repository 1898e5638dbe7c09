// Lists every published URL of the built site: each page, and each anchor marked data-permalink.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LIST_FILE = 'tests/published-urls.txt';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : [],
  );
}

/** Page paths and their permanent anchors, as "/codes/37249/" and "/codes/37249/#overview". */
export function builtUrls(dist) {
  const urls = [];
  for (const file of htmlFiles(dist)) {
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    urls.push(path);
    for (const tag of readFileSync(file, 'utf8').match(/<[a-z0-9]+\s[^>]*\bdata-permalink\b[^>]*>/g) ?? []) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      if (id) urls.push(`${path}#${id}`);
    }
  }
  return urls;
}

export function readList(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
