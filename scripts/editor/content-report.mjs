// Prints what an editor must act on (src/editorial/content-report.ts). Usage:
//   npm run content:report [-- --strict] [--today YYYY-MM-DD]
// --strict exits 1 when there is anything to act on, so a team can make the report a gate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

const root = process.cwd();
const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, today: { type: 'string' } } });
const today = values.today ? new Date(`${values.today}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`content:report: --today must be a date written as YYYY-MM-DD, got "${values.today}"`);
  process.exit(2);
}

// The report's logic is TypeScript in src/, loaded through Vite like the rest of the build.
const load = async (file) => (await runnerImport(join(root, file), { configFile: false, logLevel: 'silent' })).module;
const report = await load('src/editorial/content-report.ts');
const { readGlossary } = await load('src/glossary/terms.ts');
const { CODES_FOLDER, CONTENT_DIR, contentFile } = await load('src/schema/content-files.ts');

const data = (name) => parse(readFileSync(join(root, contentFile(name)), 'utf8')) ?? {};
const { readReportCode } = await load('src/editorial/report-codes.ts');
const codesDir = join(root, CONTENT_DIR, CODES_FOLDER);
const read = readdirSync(codesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => readReportCode(`${CONTENT_DIR}/${CODES_FOLDER}/${f}`, readFileSync(join(codesDir, f), 'utf8')));

// Read with the build's own schema and checks, so the report sees the terms the site shows.
const glossary = readGlossary(data('glossary'));
if (glossary.errors.length) {
  console.error(`content:report: the glossary cannot be read (npm run build stops on it too):\n${glossary.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(2);
}

const payers = data('payers');
const sections = report.contentReport({
  codes: read.filter((entry) => !('refused' in entry)),
  refused: read.flatMap((entry) => ('refused' in entry ? entry.refused : [])),
  modifiers: Object.keys(data('modifiers')),
  payerKinds: Object.fromEntries(Object.entries(payers).map(([id, p]) => [id, p.kind])),
  glossary: glossary.terms,
  today,
});
console.log(report.formatReport(sections));
const failing = report.strictFindings(sections);
if (values.strict && failing) {
  console.error(`\ncontent:report --strict: ${failing} finding(s) to act on`);
  process.exit(1);
}
