import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRedirectTable, REDIRECTS_FILE } from './redirect-table';
import { formatContentErrors } from '../catalog/catalog-checks';
import { CODE_PATTERN } from '../shared/codes';
import { missingTargets } from './redirects';
import { templatePagesWritten } from './template-pages';
import { PINNED_FORWARD_TEMPLATE, SHORT_LINK_TEMPLATE, outputFile, pinnedPageOf, routeOf, sitemapIndexUrl, sitemapUrl, withBase } from '../shared/urls';

/** Forwarding pages (short links, retired paths) are not content: keep them out of the sitemap. */
export function isForwardingPage(url: string): boolean {
  const path = routeOf(new URL(url).pathname);
  const segments = path.split('/').filter(Boolean);
  if (path === SHORT_LINK_TEMPLATE || path === PINNED_FORWARD_TEMPLATE || (segments.length === 1 && CODE_PATTERN.test(segments[0]!))) return true;
  return loadRedirectTable().some((r) => r.from === path);
}

/**
 * A kept edition's page. Search engines should send readers to the live page, so these are left
 * out of the sitemap and marked noindex (README "Editions"); they stay crawlable so the mark is seen.
 */
export function isPinnedPage(url: string): boolean {
  return pinnedPageOf(new URL(url).pathname) !== undefined;
}

/**
 * Runs after the sitemap is written: publishes it at /sitemap.xml too (the address robots.txt
 * and people expect), and proves every redirect lands on a real page rather than another redirect.
 */
export function linkChecks(): AstroIntegration {
  return {
    name: 'cpt-reference:links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A redirect may land on a short link or a forwarding pinned page, written in the background.
        await templatePagesWritten();
        const site = fileURLToPath(dir);
        copyFileSync(outputFile(site, sitemapIndexUrl()), outputFile(site, sitemapUrl()));
        const isPage = (path: string) => {
          const file = outputFile(site, withBase(path));
          return existsSync(file) && !readFileSync(file, 'utf8').includes('data-redirect-to');
        };
        const redirects = loadRedirectTable();
        const errors = missingTargets(redirects, isPage, REDIRECTS_FILE);
        if (errors.length) throw new Error(formatContentErrors(errors));
        logger.info(`redirects: ${redirects.length} from ${REDIRECTS_FILE}, all land on pages`);
      },
    },
  };
}
