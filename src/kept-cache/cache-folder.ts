import { resolve } from 'node:path';

/** Moves the kept-edition cache to another folder (a path, relative to the project), or turns it off with "off". */
export const KEPT_CACHE_ENV = 'KEPT_EDITION_CACHE';

/**
 * Where the cache lives unless KEPT_EDITION_CACHE says otherwise: node_modules/.cache is where build
 * tools keep their caches, so a host that keeps node_modules between builds keeps this too
 * (docs/configuration-and-deploy.md says, host by host, what to set where it does not).
 */
export const DEFAULT_KEPT_CACHE = 'node_modules/.cache/cpt-reference/kept-editions';

/** The cache folder for the project at `root`; undefined when the cache is turned off. */
export function keptCacheFolder(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string | undefined {
  const value = env[KEPT_CACHE_ENV]?.trim();
  if (value === 'off') return undefined;
  return resolve(root, value || DEFAULT_KEPT_CACHE);
}
