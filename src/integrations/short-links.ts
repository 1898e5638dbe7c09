import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from './code-exports';
import { siteConfig } from '../data/site-config';
import { CODE_PATTERN } from '../lib/codes';
import { renderRedirectsFile } from '../lib/host-config';
import { SHORT_LINK_CODE, SHORT_LINK_TEMPLATE, codeUrl, outputFile, shortCodeUrl, withBase } from '../lib/urls';

/**
 * Writes /<code>/, the short link of every code, from the one short-link page Astro rendered with a
 * placeholder code: the same markup, script and Content-Security-Policy as an Astro page, without
 * Astro's few milliseconds per page. The codes come from the list export, like every page's.
 * Runs before the checks that read the built pages (links, _headers), so they see the short links.
 * With `short_links: host-rules` (site.config.yaml) it writes one `_redirects` rule instead.
 */
export function shortLinks(): AstroIntegration {
  return {
    name: 'cpt-reference:short-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const templateFile = outputFile(site, withBase(SHORT_LINK_TEMPLATE));
        const template = readFileSync(templateFile, 'utf8');
        if (!template.includes(SHORT_LINK_CODE)) throw new Error(`${SHORT_LINK_TEMPLATE} does not contain the placeholder ${SHORT_LINK_CODE}`);
        rmSync(dirname(templateFile), { recursive: true });
        if (siteConfig().short_links === 'host-rules') {
          const rule = { from: shortCodeUrl(':code'), to: codeUrl(':code'), status: 301 };
          writeFileSync(join(site, '_redirects'), renderRedirectsFile([rule]));
          logger.info(`short links: one rule in _redirects (${rule.from} → ${rule.to})`);
          return;
        }

        const { codes } = readBuiltCodeList(site);
        for (const { code } of codes) {
          // Codes are digits and capitals only, so they go into the markup as they are.
          if (!CODE_PATTERN.test(code)) throw new Error(`short link: "${code}" is not a code`);
          const file = outputFile(site, shortCodeUrl(code));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, template.replaceAll(SHORT_LINK_CODE, code));
        }
        logger.info(`${codes.length} short links written`);
      },
    },
  };
}
