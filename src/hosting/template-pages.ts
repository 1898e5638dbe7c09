import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CODE_PATTERN } from '../shared/codes';
import { SHORT_LINK_CODE, outputFile, withBase } from '../shared/urls';
import { keepOwnHashes } from './page-hashes';

/**
 * Pages written by the thousand from one page Astro rendered with SHORT_LINK_CODE in place of the
 * code (short links, forwarding pinned pages): the same markup, script and CSP as an Astro page,
 * without Astro's few milliseconds per page.
 */

/**
 * The template page rendered at `route`, taken out of the output so it is never published, with its
 * meta policy already cut to its own inline code as src/hosting/security-headers.ts cuts every page's:
 * its copies are then final as written, where each was written a second time (with three kept
 * editions at 10,000 codes, 70,000 files: about 20 s of every build).
 */
export function takeTemplatePage(site: string, route: string): string {
  const file = outputFile(site, withBase(route));
  const template = readFileSync(file, 'utf8');
  if (!template.includes(SHORT_LINK_CODE)) throw new Error(`${route} does not contain the placeholder ${SHORT_LINK_CODE}`);
  rmSync(dirname(file), { recursive: true });
  return keepOwnHashes(template);
}

/** Writes the page at `publicPath` from `template` for `code`. */
export function writeFromTemplate(site: string, publicPath: string, template: string, code: string): void {
  // Codes are digits and capitals only, so they go into the markup as they are.
  if (!CODE_PATTERN.test(code)) throw new Error(`${publicPath}: "${code}" is not a code`);
  const file = outputFile(site, publicPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, template.replaceAll(SHORT_LINK_CODE, code));
}
