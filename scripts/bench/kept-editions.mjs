// Keeps the bench's synthetic corpus as K editions with the freeze script, as a team would each
// January: the configured edition and the K - 1 years before it. The freeze script keeps only the
// edition the configuration names, so the configuration names each year in turn, then its own again.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CODES_FOLDER, EDITIONS_DIR } from '../../src/schema/content-files.ts';
import { SITE_CONFIG_FILE } from '../../src/site/site-config.ts';

/** Freezes `count` editions in the project at `site`; returns each kept edition's code folder, oldest first. */
export function keepEditions(site, count) {
  const configFile = join(site, SITE_CONFIG_FILE);
  const config = readFileSync(configFile, 'utf8');
  const current = Number(parse(config).cpt_edition);
  const years = Array.from({ length: count }, (_, i) => current - count + 1 + i);
  try {
    for (const year of years) {
      console.log(`Keeping them as the ${year} edition (npm run edition:freeze) ...`);
      writeFileSync(configFile, config.replace(/^cpt_edition: .*$/m, `cpt_edition: "${year}"`));
      execFileSync(process.execPath, ['scripts/editor/edition-freeze.mjs', String(year)], { cwd: site, stdio: 'inherit' });
    }
  } finally {
    writeFileSync(configFile, config);
  }
  return years.map((year) => join(site, EDITIONS_DIR, String(year), CODES_FOLDER));
}
