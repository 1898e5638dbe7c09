import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { parseSiteConfig, type SiteConfig } from './config-schema.ts';

export const SITE_CONFIG_FILE = 'site.config.yaml';

let loaded: SiteConfig | undefined;

/**
 * The deploying team's settings (site.config.yaml, SITE_URL and BASE_PATH override it), read once.
 * Imported with its .ts extension so the plain-Node scripts (serve, search index) can load it too.
 */
export function siteConfig(): SiteConfig {
  if (loaded) return loaded;
  let raw: unknown;
  try {
    raw = parse(readFileSync(resolve(SITE_CONFIG_FILE), 'utf8'));
  } catch (error) {
    throw new Error(`${SITE_CONFIG_FILE}: ${(error as Error).message}`);
  }
  loaded = parseSiteConfig(raw, process.env, SITE_CONFIG_FILE);
  return loaded;
}

/** The CPT edition the content reflects (cpt_edition), as the year history years are compared with. */
export function currentEdition(): number {
  return Number(siteConfig().cpt_edition);
}

/** A page's <title>: the page's own, then the site's name, so tabs and bookmarks say which page first. */
export function pageTitle(title: string): string {
  const siteName = siteConfig().name;
  return title === siteName ? title : `${title} | ${siteName}`;
}
