import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keptCacheFolder } from './cache-folder.ts';
import { cacheNamespace } from './cache-namespace.ts';

/**
 * What this build takes from the cache and what it renders, decided when the pinned pages' routes
 * are listed (src/kept-cache/kept-page-plan.ts) and read by the steps after: the restore and save
 * at the end of `astro build` and the search index step, which runs in a process of its own.
 */
export interface KeptPlan {
  editions: {
    year: number;
    /** What the edition's main search index is made from: its pages' indexed parts, less which codes it holds. */
    indexKey: string;
    /** The codes of that index, and the pages of their own indexed beside it (src/kept-cache/index-split.ts). */
    indexed: string[];
    added: string[];
    /** What the added index is made from. */
    addedKey: string;
    pages: { code: string; key: string; cached: boolean }[];
  }[];
}

/** This code and configuration's part of the cache, or undefined when the cache is off. */
export function namespaceFolder(): string | undefined {
  const folder = keptCacheFolder();
  return folder && join(folder, cacheNamespace());
}

// Set by the restore integration when Astro runs `build`. Not import.meta.env.DEV: under a test
// runner NODE_ENV is "test", and Vite then calls a production build DEV.
const STATIC_BUILD = 'CPT_REFERENCE_STATIC_BUILD';
export const markStaticBuild = () => void (process.env[STATIC_BUILD] = '1');
export const isStaticBuild = () => process.env[STATIC_BUILD] === '1';

export const pageEntries = (namespace: string) => join(namespace, 'pages');
export const indexEntries = (namespace: string, year: number) => join(namespace, 'indexes', String(year));
const planFile = (namespace: string) => join(namespace, 'plan.json');

// This namespace and the one used last before it (the root and sub-path builds of `npm test`):
// a code change starts a new namespace, and the older ones would otherwise pile up.
const NAMESPACES_KEPT = 2;

export function writePlan(namespace: string, plan: KeptPlan): void {
  mkdirSync(namespace, { recursive: true });
  writeFileSync(planFile(namespace), JSON.stringify(plan));
  const now = new Date();
  utimesSync(namespace, now, now);
  const folder = dirname(namespace);
  const byUse = readdirSync(folder).sort((a, b) => statSync(join(folder, b)).mtimeMs - statSync(join(folder, a)).mtimeMs);
  for (const stale of byUse.slice(NAMESPACES_KEPT)) rmSync(join(folder, stale), { recursive: true, force: true });
}

/** The plan of the build under way, if the cache is on and the pinned pages were listed. */
export function readPlan(namespace: string | undefined): KeptPlan | undefined {
  if (!namespace || !existsSync(planFile(namespace))) return undefined;
  return JSON.parse(readFileSync(planFile(namespace), 'utf8')) as KeptPlan;
}
