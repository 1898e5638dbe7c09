import { parseArgs } from 'node:util';

export const DEFAULT_CODES = 1000;
/** CPT has about 11,000 codes; beyond the five-digit range the generator would run out of codes. */
const MAX_CODES = 80000;

/** A team keeps one edition a year; a handful covers the years a site is likely to carry. */
const MAX_KEPT_EDITIONS = 5;

/** Reads `npm run bench -- --codes N [--kept-editions K] [--runs R] [--no-lighthouse] [--no-starlight] [--keep]`; throws a message for the user on bad input. */
export function parseBenchArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      codes: { type: 'string', default: String(DEFAULT_CODES) },
      'no-lighthouse': { type: 'boolean', default: false },
      // Skips the Starlight site built for the search comparison (scripts/bench/starlight-site.mjs).
      'no-starlight': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      // --kept-edition is --kept-editions 1, as runs recorded before issue 24 were made.
      'kept-edition': { type: 'boolean', default: false },
      'kept-editions': { type: 'string' },
      runs: { type: 'string' },
    },
    strict: true,
  });
  const text = values.codes.replace(/[,_]/g, '');
  const codes = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(codes) || codes < 1 || codes > MAX_CODES) {
    throw new Error(`--codes must be a whole number from 1 to ${MAX_CODES}, got "${values.codes}"`);
  }
  // Repeated builds steady the time ratio; at large sizes one build already takes minutes.
  const runs = values.runs === undefined ? (codes <= 2000 ? 3 : 1) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error(`--runs must be a whole number from 1 to 10, got "${values.runs}"`);
  const keptText = values['kept-editions'] ?? (values['kept-edition'] ? '1' : '0');
  const keptEditions = Number(keptText);
  if (!/^\d+$/.test(keptText) || keptEditions > MAX_KEPT_EDITIONS) throw new Error(`--kept-editions must be a whole number from 0 to ${MAX_KEPT_EDITIONS}, got "${keptText}"`);
  return { codes, runs, lighthouse: !values['no-lighthouse'], starlight: !values['no-starlight'], keep: values.keep, keptEditions };
}
