import type { AstroIntegration } from 'astro';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputFile, pinnedCodeUrl } from '../shared/urls';
import { entryList, filesUnder, pruneEntries, restoreEntry, saveEntry } from './cache-entries';
import { markStaticBuild, namespaceFolder, pageEntries, readPlan } from './kept-plan';

/**
 * What a pinned page's entry holds: every file of the page's folder, so a step that adds or drops
 * files there needs no change here. Not its short link nor its QR code: those steps write them
 * for every page in the edition's folder, restored ones included, after the restore.
 */
function pageFolder(site: string, year: number, code: string): string {
  return relative(site, dirname(outputFile(site, pinnedCodeUrl(year, code))));
}

/**
 * Copies the pinned pages the cache holds into the output. Listed first among the integrations, so
 * every later step (QR codes, short links, link checks, _headers) sees the whole site as a cold
 * build would have written it.
 */
export function restoreKeptPages(): AstroIntegration {
  return {
    name: 'cpt-reference:kept-cache-restore',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') markStaticBuild();
      },
      'astro:build:done': ({ dir, logger }) => {
        const namespace = namespaceFolder();
        const plan = readPlan(namespace);
        if (!namespace || !plan) return;
        const site = fileURLToPath(dir);
        let restored = 0;
        for (const { pages } of plan.editions) {
          for (const page of pages.filter((p) => p.cached)) {
            const entryDir = join(pageEntries(namespace), page.key);
            // Checked byte for byte when the routes were listed (src/kept-cache/kept-page-plan.ts).
            restoreEntry(entryDir, entryList(entryDir), site);
            restored += 1;
          }
        }
        const rendered = plan.editions.reduce((sum, e) => sum + e.pages.length, 0) - restored;
        logger.info(`kept editions: ${restored} pinned page(s) from the cache (${namespace}), ${rendered} rendered`);
      },
    },
  };
}

/** Saves the pinned pages this build rendered, once every step has written its files; drops entries no page uses now. */
export function saveKeptPages(): AstroIntegration {
  return {
    name: 'cpt-reference:kept-cache-save',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const namespace = namespaceFolder();
        const plan = readPlan(namespace);
        if (!namespace || !plan) return;
        const site = fileURLToPath(dir);
        const pages = plan.editions.flatMap(({ year, pages }) => pages.map((page) => ({ year, ...page })));
        const rendered = pages.filter((page) => !page.cached);
        for (const { year, code, key } of rendered) {
          saveEntry(join(pageEntries(namespace), key), site, filesUnder(site, pageFolder(site, year, code)));
        }
        const pruned = pruneEntries(pageEntries(namespace), new Set(pages.map((page) => page.key)));
        logger.info(`kept editions: ${rendered.length} pinned page(s) saved to the cache, ${pruned} stale entr${pruned === 1 ? 'y' : 'ies'} removed`);
      },
    },
  };
}
