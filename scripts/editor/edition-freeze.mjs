// Keeps the content as it stands as a read-only CPT edition: npm run edition:freeze -- 2026
// It copies content/codes/ and the shared data files to content/editions/<year>/ with a manifest
// of checksums (src/editions/edition-manifest.ts), after checking the copy as the build will check it.
// It never overwrites a kept edition, and writes nothing at all when a check fails.
// --today YYYY-MM-DD sets the date recorded as "kept on" (tests).
import { chmodSync, cpSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (file) => (await runnerImport(join(root, file), { configFile: false, logLevel: 'silent' })).module;

function fail(message) {
  console.error(`edition:freeze: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { today: { type: 'string' } } });
const { EDITION_YEAR } = await load('src/shared/dates.ts');
if (positionals.length !== 1 || !EDITION_YEAR.test(positionals[0])) fail('give the edition year, e.g. npm run edition:freeze -- 2026');
const year = Number(positionals[0]);
// The editor's own calendar day: a freeze on a US evening is still that day, not tomorrow in UTC.
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
const keptOn = new Date(`${values.today ?? today}T00:00:00Z`);
if (Number.isNaN(keptOn.getTime())) fail(`--today must be a date written as YYYY-MM-DD, got "${values.today}"`);

const { currentEdition, SITE_CONFIG_FILE } = await load('src/site/site-config.ts');
const { CATALOG_FILES, CODES_FOLDER, CONTENT_DIR, EDITIONS_DIR } = await load('src/schema/content-files.ts');
const { editionDir, manifestText } = await load('src/editions/edition-manifest.ts');
const { SCHEMA_VERSION } = await load('src/editions/migrations.ts');
const { checksums, readKeptEdition } = await load('src/editions/kept-files.ts');
const { formatContentErrors } = await load('src/catalog/catalog-checks.ts');

const current = currentEdition();
if (year !== current) {
  fail(`the content reflects the CPT ${current} code set (cpt_edition in ${SITE_CONFIG_FILE}), so it can only be kept as the ${current} edition, not ${year}`);
}
const target = editionDir(year);
if (existsSync(join(root, target))) fail(`${target}/ already exists: a kept edition is never overwritten (nothing was changed)`);

// Copied next to the target first and moved into place only once checked: a failed freeze leaves nothing behind.
const partial = `${EDITIONS_DIR}/.${year}.partial`;
rmSync(join(root, partial), { recursive: true, force: true });
cpSync(join(root, CONTENT_DIR, CODES_FOLDER), join(root, partial, CODES_FOLDER), { recursive: true });
for (const file of Object.values(CATALOG_FILES)) cpSync(join(root, CONTENT_DIR, file), join(root, partial, file));

const files = Object.fromEntries(checksums(root, partial));
writeFileSync(join(root, partial, 'edition.yaml'), manifestText({ year, keptOn, schemaVersion: SCHEMA_VERSION, files }));

const liveCodes = new Set(Object.keys(files).filter((f) => f.startsWith(`${CODES_FOLDER}/`)).map((f) => f.slice(CODES_FOLDER.length + 1).replace(/\.mdx$/, '')));
// Problems are reported against the files an editor fixes: the live content the copy came from.
const displayPath = (file) => file.replace(partial, CONTENT_DIR);
// Only the copy's problems are wanted here, not its pages, so no glossary terms need linking.
const { errors } = readKeptEdition(root, { dir: partial, year, currentEdition: current, liveCodes, liveGlossaryMarks: [], displayPath });
if (errors.length) {
  rmSync(join(root, partial), { recursive: true });
  fail(`the content cannot be kept as the ${year} edition until these are fixed (nothing was written):\n${formatContentErrors(errors)}`);
}

renameSync(join(root, partial), join(root, target));
// A local guard for editors; the checksums in the manifest are what the build holds the copy to.
for (const entry of readdirSync(join(root, target), { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) chmodSync(join(entry.parentPath, entry.name), 0o444);
}
console.log(`edition:freeze: kept ${liveCodes.size} code pages as the CPT ${year} edition in ${target}/`);
console.log('Next: npm run build && npm run urls:update, then commit the edition and tests/published-urls.txt (README "Yearly update").');
