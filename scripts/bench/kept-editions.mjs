// Keeps the bench's synthetic corpus as K editions with the freeze script, as a team would each
// January: the configured edition and the K - 1 years before it, with a year of revisions between. The freeze script keeps only the
// edition the configuration names, so the configuration names each year in turn, then its own again.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { median } from './budgets.mjs';
import { timedBuild } from './build.mjs';
import { CODES_FOLDER, CONTENT_DIR, EDITIONS_DIR } from '../../src/schema/content-files.ts';
import { SITE_CONFIG_FILE } from '../../src/site/site-config.ts';

// Editors revise pages through a year: before each later edition is kept, one code page in
// REVISED_EVERY is reworded (different pages each year), so a kept edition differs from the live
// pages in about a twentieth of its codes for each year since, as the CPT code set changes a few
// hundred of its 10,000 codes a year. Its other codes read as their live pages and forward there.
const REVISED_EVERY = 20;
const REVISED_SENTENCE = 'in your own words: what was done.';

/**
 * Rewords one in REVISED_EVERY of the code pages made from the template (the project's own pages
 * are worded otherwise), those at `round` in code order, in the project at `site`; returns how many.
 */
function reviseCodePages(site, round, year) {
  const folder = join(site, CONTENT_DIR, CODES_FOLDER);
  const pages = readdirSync(folder)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }))
    .filter(({ text }) => text.includes(REVISED_SENTENCE));
  const revised = pages.filter((_, i) => i % REVISED_EVERY === round % REVISED_EVERY);
  for (const { file, text } of revised) writeFileSync(join(folder, file), text.replace(REVISED_SENTENCE, `in your own words: what was done (revised for ${year}).`));
  return revised.length;
}

/** Freezes `count` editions in the project at `site`; returns each kept edition's code folder, oldest first. */
export function keepEditions(site, count) {
  const configFile = join(site, SITE_CONFIG_FILE);
  const config = readFileSync(configFile, 'utf8');
  const current = Number(parse(config).cpt_edition);
  const years = Array.from({ length: count }, (_, i) => current - count + 1 + i);
  try {
    for (const [round, year] of years.entries()) {
      if (round > 0) console.log(`Revising ${reviseCodePages(site, round, year)} code pages during ${year} ...`);
      console.log(`Keeping them as the ${year} edition (npm run edition:freeze) ...`);
      writeFileSync(configFile, config.replace(/^cpt_edition: .*$/m, `cpt_edition: "${year}"`));
      execFileSync(process.execPath, ['scripts/editor/edition-freeze.mjs', String(year)], { cwd: site, stdio: 'inherit' });
    }
  } finally {
    writeFileSync(configFile, config);
  }
  return years.map((year) => join(site, EDITIONS_DIR, String(year), CODES_FOLDER));
}

// A change an editor makes to a live page: the template's tip in the clinical scenario, reworded.
const LIVE_EDIT = ['A practical point for the coder that the source supports', 'A practical point for the coder, supported by the source'];

// One pair of builds (warm, then no kept edition) measured 1.02× and 1.31× on the same code
// (BENCHMARKS.md, round 7): this machine's spread between two builds minutes apart is as large as
// the kept editions' own work. The ratio is the median of three pairs, each pair back to back.
export const WARM_PAIRS = 3;

/** Runs `build` with the project at `site` holding no kept edition. */
async function withoutEditions(site, build) {
  const aside = join(site, '..', 'editions-aside');
  renameSync(join(site, EDITIONS_DIR), aside);
  try {
    return await build();
  } finally {
    renameSync(aside, join(site, EDITIONS_DIR));
  }
}

/**
 * Issue 24's warm rebuild, after a cold build of `site` with `command`: one live code page edited
 * (the first of `codes` made from the template; the project's own pages are worded otherwise), the
 * site built again with the kept-edition cache kept (as a host's build cache keeps it); then the
 * same site built with no kept edition, the figure the warm rebuild is held to. WARM_PAIRS times,
 * the edit made and undone in turn (each an edit of one live page, on the cache the last left);
 * `ratio` is the median of the pairs' ratios.
 */
export async function warmRebuild(site, codes, command) {
  const file = codes.map((code) => join(site, CONTENT_DIR, CODES_FOLDER, `${code}.mdx`)).find((path) => readFileSync(path, 'utf8').includes(LIVE_EDIT[0]));
  if (!file) throw new Error(`no code page contains "${LIVE_EDIT[0]}" to edit`);
  const original = readFileSync(file, 'utf8');
  const pairs = [];
  for (let pair = 0; pair < WARM_PAIRS; pair++) {
    writeFileSync(file, pair % 2 ? original : original.replace(...LIVE_EDIT));
    const warm = await timedBuild(site, command, { keptCache: 'warm' });
    const noKept = await withoutEditions(site, () => timedBuild(site, command, { keptCache: 'off' }));
    pairs.push({ warm, noKept, ratio: warm.seconds / noKept.seconds });
  }
  return { edited: `content/${CODES_FOLDER}/${basename(file)}`, pairs, ratio: median(pairs.map((pair) => pair.ratio)) };
}
