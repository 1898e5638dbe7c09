// Prints the flags `npm run build` gives `astro build`: its JavaScript heap sized for the content.
// It prints rather than starts the build, so no Node process waits beside it (about 60 MiB of peak RSS).
// The heap cap sets the build's peak RSS (V8 grows towards it: at 10,000 codes with one kept
// edition, 1.56 GiB with 768 MiB, 1.82 GiB with 897 MiB; BENCHMARKS.md), so it is sized from what
// the build holds. 768 MiB holds the live site at 10,000 codes (docs/search.md). Each kept edition's
// checked data stays in memory for the whole build (its pages, the live pages' pinned links and
// search filters read it): 32 MiB more per 10,000 kept codes. A kept code whose page reads as its
// live page only forwards there (docs/editions.md); one that is rendered needs more, so 128 MiB
// more per 10,000 kept code files that are not byte for byte their live file, a bound on the pages
// rendered (a file can differ and still read the same, not the other way round).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CODES_FOLDER, CONTENT_DIR, EDITIONS_DIR } from '../../src/schema/content-files.ts';

const LIVE_HEAP_MIB = 768;
const KEPT_DATA_MIB_PER_10K = 32;
const KEPT_RENDERED_MIB_PER_10K = 128;

/** Every kept code file, and how many differ from the live file of the same name (or have none). */
function keptFiles() {
  if (!existsSync(EDITIONS_DIR)) return { kept: 0, differing: 0 };
  const live = join(CONTENT_DIR, CODES_FOLDER);
  let kept = 0;
  let differing = 0;
  for (const year of readdirSync(EDITIONS_DIR)) {
    const folder = join(EDITIONS_DIR, year, CODES_FOLDER);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
      kept += 1;
      const liveFile = join(live, name);
      if (!existsSync(liveFile) || !readFileSync(liveFile).equals(readFileSync(join(folder, name)))) differing += 1;
    }
  }
  return { kept, differing };
}

const { kept, differing } = keptFiles();
const heap = LIVE_HEAP_MIB + Math.ceil((kept / 10000) * KEPT_DATA_MIB_PER_10K + (differing / 10000) * KEPT_RENDERED_MIB_PER_10K);
const flags = [`--max-old-space-size=${heap}`, '--max-semi-space-size=32'];
console.log(flags.join(' '));
