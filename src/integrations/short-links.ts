import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from './code-exports';
import { CODE_PATTERN } from '../lib/codes';
import { SHORT_LINK_CODE, SHORT_LINK_TEMPLATE, shortCodeUrl } from '../lib/urls';

/**
 * Writes /<code>/, the short link of every code, from the one short-link page Astro rendered with a
 * placeholder code: the same markup, script and Content-Security-Policy as an Astro page, without
 * Astro's few milliseconds per page. The codes come from the list export, like every page's.
 * Runs before the checks that read the built pages (links, _headers), so they see the short links.
 */
export function shortLinks(): AstroIntegration {
  return {
    name: 'cpt-reference:short-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const page = (path: string) => join(site, path.slice(1), 'index.html');
        const template = readFileSync(page(SHORT_LINK_TEMPLATE), 'utf8');
        if (!template.includes(SHORT_LINK_CODE)) throw new Error(`${SHORT_LINK_TEMPLATE} does not contain the placeholder ${SHORT_LINK_CODE}`);
        rmSync(join(site, SHORT_LINK_TEMPLATE.slice(1)), { recursive: true });

        const { codes } = readBuiltCodeList(site);
        for (const { code } of codes) {
          // Codes are digits and capitals only, so they go into the markup as they are.
          if (!CODE_PATTERN.test(code)) throw new Error(`short link: "${code}" is not a code`);
          mkdirSync(join(site, shortCodeUrl(code).slice(1)), { recursive: true });
          writeFileSync(page(shortCodeUrl(code)), template.replaceAll(SHORT_LINK_CODE, code));
        }
        logger.info(`${codes.length} short links written`);
      },
    },
  };
}
