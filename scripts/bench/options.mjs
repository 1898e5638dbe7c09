import { parseArgs } from 'node:util';

export const DEFAULT_CODES = 1000;
/** CPT has about 11,000 codes; beyond the five-digit range the generator would run out of codes. */
const MAX_CODES = 80000;

/** Reads `npm run bench -- --codes N [--kept-edition] [--runs R] [--no-lighthouse] [--keep]`; throws a message for the user on bad input. */
export function parseBenchArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      codes: { type: 'string', default: String(DEFAULT_CODES) },
      'no-lighthouse': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'kept-edition': { type: 'boolean', default: false },
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
  return { codes, runs, lighthouse: !values['no-lighthouse'], keep: values.keep, keptEdition: values['kept-edition'] };
}
