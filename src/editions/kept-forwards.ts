import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES_FOLDER } from '../schema/content-files';
import { sameAsWritten, takeTemplatePage, writeFromTemplate } from '../hosting/template-pages';
import type { EditionDifferences } from '../shared/edition-differences';
import { PINNED_FORWARD_TEMPLATE, keptDifferencesUrl, outputFile, pinnedCodeUrl } from '../shared/urls';
import { editionDir } from './edition-manifest';
import { keptYears } from './kept-files';

/** A kept edition's codes, from its code files' names (the build has checked each name is its code). */
function keptCodes(year: number, root: string): string[] {
  return readdirSync(join(root, editionDir(year), CODES_FOLDER))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

/**
 * Writes, at the pinned address of each kept code that reads as its live page, a page that
 * forwards there (keeping the #anchor), from the one such page Astro rendered: once for a code, and
 * linked at the code's addresses in the other editions (the page names no year). Runs after the
 * pinned pages are restored from the cache and before every step that reads the pinned folders
 * (QR codes, short links, link checks, _headers), which so see every pinned address.
 */
export function keptForwards(): AstroIntegration {
  return {
    name: 'cpt-reference:kept-forwards',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const template = takeTemplatePage(site, PINNED_FORWARD_TEMPLATE);
        // The address each code's forwarding page was first written at.
        const writtenAt = new Map<string, string>();
        let forwarding = 0;
        for (const year of keptYears()) {
          const own = new Set((JSON.parse(readFileSync(outputFile(site, keptDifferencesUrl(year)), 'utf8')) as EditionDifferences).own);
          for (const code of keptCodes(year, process.cwd())) {
            const address = pinnedCodeUrl(year, code);
            const file = outputFile(site, address);
            // The pinned route renders exactly the pages of their own; anything else is a bug to stop on.
            if (own.has(code) !== existsSync(file)) throw new Error(`${file}: ${own.has(code) ? 'missing, though' : 'written, though not'} listed in ${keptDifferencesUrl(year)}`);
            if (own.has(code)) continue;
            const first = writtenAt.get(code);
            if (first) sameAsWritten(site, first, address);
            else writeFromTemplate(site, address, template, code);
            writtenAt.set(code, first ?? address);
            forwarding += 1;
          }
        }
        logger.info(`kept editions: ${forwarding} pinned address(es) forward to a live page that reads the same (${writtenAt.size} page(s) written, the others linked to them)`);
      },
    },
  };
}
