import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeFoldersAhead, sameAsWritten, takeTemplatePage, writeFromTemplate } from '../hosting/template-pages';
import type { EditionDifferences } from '../shared/edition-differences';
import { PINNED_FORWARD_TEMPLATE, keptDifferencesUrl, outputFile, pinnedCodeUrl } from '../shared/urls';
import { keptCodes, keptYears } from './kept-files';

/**
 * Writes, at the pinned address of each kept code that reads as its live page, a page that
 * forwards there (keeping the #anchor), from the one such page Astro rendered: once for a code, and
 * linked at the code's addresses in the other editions (the page names no year). Runs after the
 * pinned pages are restored from the cache; the pages are written in the background, and the steps
 * that read the pinned folders (link checks, _headers) wait for them (templatePagesWritten()).
 */
export function keptForwards(): AstroIntegration {
  let outDir: URL;
  return {
    name: 'cpt-reference:kept-forwards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Every kept code has a pinned address, its own page's or a forwarding page's.
      'astro:build:setup': () => makeFoldersAhead(fileURLToPath(outDir), keptYears().flatMap((year) => keptCodes(year).map((code) => pinnedCodeUrl(year, code)))),
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const template = takeTemplatePage(site, PINNED_FORWARD_TEMPLATE);
        // The address each code's forwarding page was first written at.
        const writtenAt = new Map<string, string>();
        let forwarding = 0;
        for (const year of keptYears()) {
          const own = new Set((JSON.parse(readFileSync(outputFile(site, keptDifferencesUrl(year)), 'utf8')) as EditionDifferences).own);
          for (const code of keptCodes(year)) {
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
