import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from '../export/write-exports';
import { keptCodes, keptYears } from '../editions/kept-files';
import { siteConfig } from '../site/site-config';
import { makeFoldersAhead, sameAsWritten, takeTemplatePage, writeFromTemplate } from './template-pages';
import { redirectFor, renderRedirectsFile, type RedirectRule } from './host-config';
import type { EditionDifferences } from '../shared/edition-differences';
import { SHORT_LINK_CODE, SHORT_LINK_TEMPLATE, codeUrl, keptDifferencesUrl, outputFile, pinnedCodeUrl, shortCodeUrl, shortPinnedUrl, withBase } from '../shared/urls';


/**
 * Writes /<code>/, the short link of every code, and /<year>/<code>/ for every kept page, from
 * the one short-link page Astro rendered with a placeholder code: the same markup, script and Content-Security-Policy as an Astro page, without
 * Astro's few milliseconds per page. The codes come from the list export, like every page's.
 * The pages are written in the background (src/hosting/template-pages.ts); the checks that read the
 * built pages (links, _headers) wait for them.
 * With `short_links: host-rules` or `prefix-rules` (site.config.yaml) it writes `_redirects` rules
 * instead (shortLinkRules()).
 */
/** The short-link page made to forward to a kept edition's page instead of the live one, and say so. */
function pointAtEdition(template: string, year: number): string {
  const live = codeUrl(SHORT_LINK_CODE);
  const pinned = pinnedCodeUrl(year, SHORT_LINK_CODE);
  const count = (text: string, part: string) => text.split(part).length - 1;
  const result = template.replaceAll(live, pinned).replaceAll(`CPT ${SHORT_LINK_CODE}`, `CPT ${SHORT_LINK_CODE} (${year} edition)`);
  // A pinned short link that forwarded to the live page would break the one promise it makes.
  if (!count(template, live) || count(result, pinned) !== count(template, live)) {
    throw new Error(`pinned short links: every ${live} in ${SHORT_LINK_TEMPLATE} must become ${pinned}`);
  }
  return result;
}

/** Codes begin with a digit (CODE_SOURCE in src/shared/codes.ts); nothing else the site publishes does. */
const LEADING_DIGITS = [...'0123456789'];

/**
 * The short links as `_redirects` rules. `host-rules`: one placeholder rule per edition, for hosts
 * where a file wins over a rule (Netlify, nginx). `prefix-rules`: rules that match only addresses
 * whose first segment starts with a digit, as codes and kept years do, for hosts that apply rules
 * before files (Cloudflare Pages): a kept year's rule first, as the first matching rule applies.
 */
export function shortLinkRules(mode: 'host-rules' | 'prefix-rules', years: readonly number[]): RedirectRule[] {
  if (mode === 'host-rules') {
    return [
      { from: shortCodeUrl(':code'), to: codeUrl(':code'), status: 301 },
      ...years.map((year) => ({ from: shortPinnedUrl(year, ':code'), to: pinnedCodeUrl(year, ':code'), status: 301 })),
    ];
  }
  return [
    ...years.map((year) => ({ from: shortPinnedUrl(year, '*'), to: pinnedCodeUrl(year, ':splat'), status: 301 })),
    ...LEADING_DIGITS.map((digit) => ({ from: shortCodeUrl(`${digit}*`), to: codeUrl(`${digit}:splat`), status: 301 })),
  ];
}

/**
 * On a host that applies rules before files, a rule would hide any file it matches: the build
 * stops if one does. Only the site's top folders can match (the rules' first segment starts with a
 * digit and ends with "/"), so those are checked; 404.html, say, is not a folder and stays reachable.
 */
function refuseShadowedFiles(site: string, rules: readonly RedirectRule[]) {
  for (const entry of readdirSync(site, { withFileTypes: true })) {
    const publicPath = withBase(`/${entry.name}${entry.isDirectory() ? '/' : ''}`);
    if (redirectFor(rules, publicPath)) {
      throw new Error(`short_links: prefix-rules: ${publicPath} would be hidden by the short-link rules in _redirects; use short_links: pages or host-rules`);
    }
  }
}

export function shortLinks(): AstroIntegration {
  let outDir: URL;
  return {
    name: 'cpt-reference:short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:setup': () => {
        if (siteConfig().short_links !== 'pages') return;
        makeFoldersAhead(fileURLToPath(outDir), keptYears().flatMap((year) => keptCodes(year).map((code) => shortPinnedUrl(year, code))));
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const template = takeTemplatePage(site, SHORT_LINK_TEMPLATE);
        const years = keptYears();
        const mode = siteConfig().short_links;
        if (mode !== 'pages') {
          const rules = shortLinkRules(mode, years);
          if (mode === 'prefix-rules') refuseShadowedFiles(site, rules);
          writeFileSync(join(site, '_redirects'), renderRedirectsFile(rules));
          logger.info(`short links: ${rules.length} rule(s) in _redirects (${rules.map((r) => `${r.from} → ${r.to}`).join(', ')})`);
          return;
        }

        const { codes } = readBuiltCodeList(site);
        for (const { code } of codes) writeFromTemplate(site, shortCodeUrl(code), template, code);
        // A pinned short link is the same page pointing at the kept page instead of the live one;
        // for a code whose kept page forwards to its live page, straight at the live page: the
        // code's short link itself, linked rather than written again (28,565 pages with three kept editions).
        let pinned = 0;
        for (const year of years) {
          const pinnedTemplate = pointAtEdition(template, year);
          const own = new Set((JSON.parse(readFileSync(outputFile(site, keptDifferencesUrl(year)), 'utf8')) as EditionDifferences).own);
          for (const code of keptCodes(year)) {
            if (own.has(code)) writeFromTemplate(site, shortPinnedUrl(year, code), pinnedTemplate, code);
            else sameAsWritten(site, shortCodeUrl(code), shortPinnedUrl(year, code));
            pinned += 1;
          }
        }
        logger.info(`${codes.length} short links and ${pinned} pinned short links written`);
      },
    },
  };
}
