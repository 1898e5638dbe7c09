// Prints what an editor must act on (src/lib/content-report.ts). Usage:
//   npm run content:report [-- --strict] [--today YYYY-MM-DD]
// --strict exits 1 when there is anything to act on, so a team can make the report a gate.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

// The report's logic is TypeScript in src/lib, loaded through Vite like the rest of the build.
const { module: report } = await runnerImport(join(root, 'src/lib/content-report.ts'), { configFile: false, logLevel: 'silent' });

const data = (name) => parse(readFileSync(join(root, 'content', name), 'utf8')) ?? {};
const codesDir = join(root, 'content/codes');
const codes = readdirSync(codesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(codesDir, f), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    const fm = parse(match?.[1] ?? '') ?? {};
    return {
      file: `content/codes/${f}`,
      code: String(fm.code ?? f.replace(/\.mdx$/, '')),
      lastReviewed: new Date(fm.lastReviewed),
      dataGaps: fm.dataGaps ?? [],
      payers: fm.payers ?? [],
      sites: fm.sites ?? [],
      modifiers: (fm.modifiers ?? []).map((m) => String(m.modifier)),
      references: [...(fm.primaryCodes ?? []), ...(fm.related ?? []).map((r) => r.code), ...(fm.deleted?.replacedBy ?? [])].map(String),
      related: (fm.related ?? []).map((r) => String(r.code)),
      body: match?.[2] ?? '',
    };
  });

// The glossary is optional content: its check runs only when the file exists.
const glossaryFile = join(root, 'content/glossary.yaml');
const glossary = existsSync(glossaryFile) ? glossaryTerms(data('glossary.yaml')) : undefined;

/** Terms from a map of id → { term } (or the ids themselves), or a list of { term }. */
function glossaryTerms(yaml) {
  const entries = Array.isArray(yaml) ? yaml.map((e) => [e.id, e]) : Object.entries(yaml);
  return entries.map(([id, e]) => String(e?.term ?? e?.name ?? id));
}

const payers = data('payers.yaml');
const sections = report.contentReport({
  codes,
  modifiers: Object.keys(data('modifiers.yaml')),
  payerKinds: Object.fromEntries(Object.entries(payers).map(([id, p]) => [id, p.kind])),
  glossary,
  today,
});
console.log(report.formatReport(sections));
const failing = report.strictFindings(sections);
if (values.strict && failing) {
  console.error(`\ncontent:report --strict: ${failing} finding(s) to act on`);
  process.exit(1);
}
