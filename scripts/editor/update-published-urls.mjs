// Appends the built site's new URLs to tests/published-urls.txt. It never removes a line: a URL
// that was published stays on the list, and the tests fail until it resolves again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtUrls, LIST_FILE, readList } from './published-urls.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site. Run "npm run build" first.');
  process.exit(1);
}
const text = existsSync(LIST_FILE) ? readFileSync(LIST_FILE, 'utf8') : '';
const listed = new Set(readList(text));
const added = [...new Set(builtUrls('dist'))].filter((u) => !listed.has(u)).sort();
if (added.length) writeFileSync(LIST_FILE, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${added.join('\n')}\n`);
console.log(`${LIST_FILE}: ${added.length} new URL(s) added, ${listed.size + added.length} in all`);
