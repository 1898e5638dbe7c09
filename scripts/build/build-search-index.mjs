// The second half of `npm run build`: indexes the built site with Pagefind. It runs after
// `astro build` has exited rather than inside it, because Astro keeps its own memory until the
// end of the build and Pagefind's came on top: 3.4 GiB at 10,000 codes, against 1.5 GiB for the
// larger of the two alone (BENCHMARKS.md). Pages opt in with `data-pagefind-body`; site chrome,
// short links and redirect pages are never indexed.
// Each kept edition gets an index of its pages of their own (keptDifferencesUrl()), built after the
// live one with a fresh Pagefind process, so peak memory stays one index's. Its codes that read as
// their live pages are found in the live index (src/shared/search/edition-filters.ts).
// A kept edition's index is taken from the kept-edition cache when its pages' indexed parts are as
// they were (src/kept-cache/), and saved there when built; pages of their own that the cached index
// lacks get a small index beside it (src/kept-cache/index-split.ts).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { EDITION_YEAR } from '../../src/shared/dates.ts';
import { editionAddedPagefindUrl, editionPagefindUrl, keptDifferencesUrl, keptPagesFolder, outputFile, pagefindBaseUrl, pinnedCodeUrl } from '../../src/shared/urls.ts';
import { checkedEntry, filesUnder, pruneEntries, restoreEntry, saveEntry } from '../../src/kept-cache/cache-entries.ts';
import { indexEntries, namespaceFolder, readPlan } from '../../src/kept-cache/kept-plan.ts';

// Pagefind's allocator (jemalloc) keeps freed pages for ten seconds by default, so memory freed
// while one page is parsed was still counted when the next was: returning it at once took the
// indexer's peak from 1.83 to 1.48 GiB at 10,000 codes (BENCHMARKS.md). The Pagefind process
// inherits this environment.
process.env._RJEM_MALLOC_CONF ??= 'dirty_decay_ms:0,muzzy_decay_ms:0';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(site)) {
  console.error(`search index: ${site} does not exist; run "astro build" first`);
  process.exit(1);
}

const fail = (what, errors) => {
  throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
};

/** Adds the pages `glob` matches; returns how many Pagefind read. */
const pagesMatching = (glob) => async (index) => {
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length) fail('indexing failed', added.errors);
  if (added.page_count === 0) fail('found no pages', [`nothing matching ${glob} is marked data-pagefind-body`]);
  return added.page_count;
};

/**
 * Adds the pages at these public paths, each read here and handed over with its path in the
 * output, from which Pagefind makes its URL as it does for a folder. A kept edition's pages of
 * their own are a few among its forwarding pages: a folder's glob would have Pagefind read all.
 */
const pagesAt = (publicPaths) => async (index) => {
  for (const publicPath of publicPaths) {
    const file = outputFile(site, publicPath);
    const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: readFileSync(file, 'utf8') });
    if (added.errors.length) fail(`indexing ${file} failed`, added.errors);
  }
  return publicPaths.length;
};

/** Indexes the pages `addPages` adds into the folder that serves `bundleUrl`. */
async function buildIndex(name, addPages, bundleUrl) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) fail('could not start', errors);
  try {
    const count = await addPages(index);
    const written = await index.writeFiles({ outputPath: dirname(outputFile(site, bundleUrl)) });
    if (written.errors.length) fail('could not write its index', written.errors);
    console.log(`search index (${name}): ${count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    // Ends the Pagefind process, and its memory with it, before the next index starts.
    await pagefind.close();
  }
}

// Only the folders of indexed page types: reading the other half of the site (short links,
// exports) would cost time and memory for pages that all lack data-pagefind-body.
await buildIndex('live pages', pagesMatching('{codes,modifiers}/**/*.html'), `${pagefindBaseUrl()}pagefind.js`);

// The kept editions are those the build wrote pages for (it reads them from content/editions/).
const editionsDir = dirname(dirname(keptPagesFolder(site, 'YEAR')));
const years = existsSync(editionsDir) ? readdirSync(editionsDir).filter((name) => EDITION_YEAR.test(name) && existsSync(keptPagesFolder(site, name))) : [];
const namespace = namespaceFolder();
const plan = readPlan(namespace);

/**
 * The index of `codes` (pages of their own of the kept edition `year`) in the folder serving
 * `bundleUrl`: restored from the cache entry `key` of the edition when whole, else built and saved there.
 */
async function keptIndex(year, name, codes, bundleUrl, key) {
  const entryDir = join(indexEntries(namespace, Number(year)), key);
  const cached = checkedEntry(entryDir);
  if (cached) {
    restoreEntry(entryDir, cached, site);
    console.log(`search index (${name}): from the kept-edition cache`);
    return;
  }
  await buildIndex(name, pagesAt(codes.map((code) => pinnedCodeUrl(year, code))), bundleUrl);
  saveEntry(entryDir, site, filesUnder(site, relative(site, dirname(outputFile(site, bundleUrl)))), codes);
}

for (const year of years) {
  // An edition whose every code reads as live has no index: its search is the live index's
  // (src/browser/search/kept-edition-bundle.ts), and Pagefind cannot write an index of no page.
  const { own, addedIndex } = JSON.parse(readFileSync(outputFile(site, keptDifferencesUrl(year)), 'utf8'));
  if (!own.length) {
    console.log(`search index (${year} edition): none, as every code reads as its live page`);
    continue;
  }
  const bundleUrl = `${editionPagefindUrl(year)}pagefind.js`;
  const planned = plan?.editions.find((edition) => String(edition.year) === year);
  // The differences file tells the browser whether to merge an added index: it must say what this step writes.
  if (addedIndex !== Boolean(planned?.added.length)) {
    throw new Error(`search index: ${keptDifferencesUrl(year)} says addedIndex is ${addedIndex}, but the build's plan ${planned ? `adds ${planned.added.length} page(s)` : 'is missing'}`);
  }
  if (!planned) {
    await buildIndex(`${year} edition`, pagesAt(own.map((code) => pinnedCodeUrl(year, code))), bundleUrl);
    continue;
  }
  await keptIndex(year, `${year} edition`, planned.indexed, bundleUrl, planned.indexKey);
  if (planned.added.length) await keptIndex(year, `${year} edition, added`, planned.added, `${editionAddedPagefindUrl(year)}pagefind.js`, planned.addedKey);
  pruneEntries(indexEntries(namespace, Number(year)), new Set(planned.added.length ? [planned.indexKey, planned.addedKey] : [planned.indexKey]));
}
// The plan served this build; the next astro build writes its own.
if (namespace && plan) rmSync(join(namespace, 'plan.json'));
