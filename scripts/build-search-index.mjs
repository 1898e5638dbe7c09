// The second half of `npm run build`: indexes the built site with Pagefind. It runs after
// `astro build` has exited rather than inside it, because Astro keeps its own memory until the
// end of the build and Pagefind's came on top: 3.4 GiB at 10,000 codes, against 1.5 GiB for the
// larger of the two alone (BENCHMARKS.md). Pages opt in with `data-pagefind-body`; site chrome,
// short links and redirect pages are never indexed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(site)) {
  console.error(`search index: ${site} does not exist; run "astro build" first`);
  process.exit(1);
}

const fail = (what, errors) => {
  throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
};

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail('could not start', errors);
try {
  // Only the folders of indexed page types: reading the other half of the site (short links,
  // exports) would cost time and memory for pages that all lack data-pagefind-body.
  const added = await index.addDirectory({ path: site, glob: '{codes,modifiers}/**/*.html' });
  if (added.errors.length) fail('indexing failed', added.errors);
  if (added.page_count === 0) fail('found no pages', ['nothing under codes/ or modifiers/ is marked data-pagefind-body']);
  const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
  if (written.errors.length) fail('could not write its index', written.errors);
  console.log(`search index: ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pagefind.close();
}
