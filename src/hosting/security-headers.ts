import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy, policyProblems } from './csp';
import { keepOwnHashes } from './page-hashes';
import { forgetPagesFromTemplates, pagesFromTemplates, templatePagesWritten } from './template-pages';
import { embedFrameAncestors } from '../embed/embed-policy';
import { siteConfig } from '../site/site-config';
import { headerRules, renderHeadersFile } from './host-config';
import { embedsUrl, homeUrl } from '../shared/urls';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const CODE = /<(script|style)\b|<link[^>]+rel="stylesheet"/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => resolve(dir, f));
}

/** A new file in place of `file`: pinned pages may be hard links into the kept-edition cache, which a write in place would change. */
function replaceFile(file: string, text: string) {
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
}

/** A page's meta policy; a page with scripts or styles must have one. */
function metaPolicy(html: string, where: string): string | undefined {
  const meta = META_CSP.exec(html)?.[1];
  // Astro's redirect stubs carry no meta policy; with no script or style the header covers them.
  if (meta === undefined && CODE.test(html)) throw new Error(`${where}: has scripts or styles but no Content-Security-Policy meta tag`);
  return meta?.replaceAll('&#39;', "'");
}

/**
 * The distinct meta policies of the built pages, each page's first cut to the hashes of its own
 * inline code (written back), and how many pages hold one. Pages written from a template
 * (src/hosting/template-pages.ts) are final as written and hold their template's policy.
 */
function pagePolicies(site: string): { metas: Set<string>; pages: number; fromTemplates: number } {
  const fromTemplates = pagesFromTemplates();
  // A set, not a list: nearly every page has the same policy, and each match is a slice that
  // keeps its whole page in memory (20,000 pages held at once pushed a 10,000-code build past 2 GiB).
  const metas = new Set<string>();
  let pages = 0;
  const add = (meta: string | undefined, count = 1) => {
    if (meta === undefined) return;
    metas.add(meta);
    pages += count;
  };
  for (const template of fromTemplates.templates) add(metaPolicy(template, 'a template page'), 0);
  for (const file of htmlFiles(site)) {
    if (fromTemplates.files.has(file)) {
      pages += 1;
      continue;
    }
    const built = readFileSync(file, 'utf8');
    const html = keepOwnHashes(built);
    if (html !== built) replaceFile(file, html);
    add(metaPolicy(html, file));
  }
  return { metas, pages, fromTemplates: fromTemplates.files.size };
}

/**
 * Writes dist/_headers (Netlify/Cloudflare Pages format; scripts/hosting/serve.mjs and the nginx
 * configuration read it too) with the CSP header derived from the policies Astro put in each page
 * and the cache rules of src/hosting/host-config.ts, and fails the build if a page with scripts or
 * styles lacks its meta policy or the policy is unsafe. Each page's meta policy first loses the
 * hashes of inline code it does not hold (src/hosting/page-hashes.ts).
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'cpt-reference:security-headers',
    hooks: {
      'astro:build:start': () => forgetPagesFromTemplates(),
      'astro:build:done': async ({ dir, logger }) => {
        await templatePagesWritten();
        const site = fileURLToPath(dir);
        const { metas, pages, fromTemplates } = pagePolicies(site);
        const policy = headerPolicy([...metas]);
        // The embed cards alone may be framed, by the sites embed_origins names; every other page by none.
        const embedPolicy = headerPolicy([...metas], embedFrameAncestors(siteConfig().embed_origins));
        const problems = [...new Set([...policyProblems(policy), ...policyProblems(embedPolicy)])];
        if (problems.length) throw new Error(`unsafe Content-Security-Policy: ${problems.join('; ')}`);
        const rules = headerRules(homeUrl(), policy, { pattern: `${embedsUrl()}*`, policy: embedPolicy });
        writeFileSync(join(site, '_headers'), renderHeadersFile(rules));
        logger.info(`_headers written with the CSP of ${pages} pages (${metas.size} distinct; ${fromTemplates} written from a template, with its policy)`);
      },
    },
  };
}
