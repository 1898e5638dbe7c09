// Writes content/codes/<code>.mdx from scripts/editor/templates/code.mdx so an author starts from every
// field and section, never from a blank file. Usage: npm run new:code -- 37246 [--family id] [--title "..."]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { normalizeCode } from '../../src/shared/codes.ts';
import { DATA_GAP_IDS } from '../../src/schema/data-gaps.ts';
import { CODES_FOLDER, CONTENT_DIR, contentFile } from '../../src/schema/content-files.ts';

const TEMPLATE = join(import.meta.dirname, 'templates/code.mdx');
const root = process.cwd();

function fail(message) {
  console.error(`new:code: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { family: { type: 'string' }, title: { type: 'string' } },
});
if (positionals.length !== 1) fail('give exactly one code, e.g. npm run new:code -- 37246');

const code = normalizeCode(positionals[0]);
if (!code) fail(`"${positionals[0]}" is not a CPT code (five digits, or four digits and F, T or U, e.g. 37246 or 0075T)`);

const families = Object.keys(parse(readFileSync(join(root, contentFile('families')), 'utf8')) ?? {});
const family = values.family ?? 'choose-a-family';
if (values.family && !families.includes(family)) fail(`family "${family}" is not in ${contentFile('families')} (known: ${families.join(', ')})`);

const target = join(root, CONTENT_DIR, CODES_FOLDER, `${code}.mdx`);
if (existsSync(target)) fail(`${relative(root, target)} already exists; edit it instead of starting over`);

const title = (values.title ?? 'Short title in your own words').replace(/\n/g, ' ');
const text = readFileSync(TEMPLATE, 'utf8')
  .replaceAll('__CODE__', code)
  .replaceAll('__TITLE__', JSON.stringify(title))
  .replaceAll('__FAMILY__', family)
  .replaceAll('__DATA_GAP_IDS__', DATA_GAP_IDS.join(', '))
  .replaceAll('__DATE__', new Date().toISOString().slice(0, 10));
writeFileSync(target, text, { flag: 'wx' });

console.log(`Wrote ${relative(root, target)}
Next:
  1. Fill every field and section in your own words (see "Writing a code page" in README.md).${
    values.family ? '' : `\n  2. Set family to one of: ${families.join(', ')}.`
  }
  ${values.family ? 2 : 3}. Run npm run build: a missing or wrong field stops it with the file and field.`);
