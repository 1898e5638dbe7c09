// Prints the flags `npm run build` gives `astro build`: its JavaScript heap sized for the content.
// It prints rather than starts the build, so no Node process waits beside it (about 60 MiB of peak RSS).
// 768 MiB holds the live site at 10,000 codes (docs/search.md); each kept edition's checked data stays
// in memory for the whole build (its pages, the live pages' pinned links and the search filters read
// it; its bodies are compiled page by page and dropped), about 75 MiB of heap per 10,000 kept codes,
// so the cap grows by 128 MiB for each 10,000 kept codes and nothing else. A fixed cap would either
// run out with kept editions or let the live-only build's RSS grow past what it needs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CODES_FOLDER, EDITIONS_DIR } from '../../src/schema/content-files.ts';

const LIVE_HEAP_MIB = 768;
const KEPT_HEAP_MIB_PER_10K = 128;

function keptCodes() {
  if (!existsSync(EDITIONS_DIR)) return 0;
  return readdirSync(EDITIONS_DIR)
    .map((year) => join(EDITIONS_DIR, year, CODES_FOLDER))
    .filter((folder) => existsSync(folder))
    .reduce((sum, folder) => sum + readdirSync(folder).filter((name) => name.endsWith('.mdx')).length, 0);
}

const heap = LIVE_HEAP_MIB + Math.ceil((keptCodes() / 10000) * KEPT_HEAP_MIB_PER_10K);
const flags = [`--max-old-space-size=${heap}`, '--max-semi-space-size=32'];
console.log(flags.join(' '));
