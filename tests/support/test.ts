import { test as base } from '@playwright/test';
import { join } from 'node:path';
import { ROOT } from './content';
import { RESOLVED_BASE_PATH } from '../../src/shared/urls';

// Everything else (expect, Page, ...) as Playwright has it; `test` below takes the place of Playwright's.
export * from '@playwright/test';

/** The built site a Playwright project tests: where it is published and which folder holds it. */
export interface SiteUnderTest {
  /** The configured public origin (canonical links, exports, citations). */
  url: string;
  basePath: string;
  /** The build output folder, relative to the project root. */
  outDir: string;
}

/**
 * Playwright's `test`, told which site its project serves. Route helpers (src/shared/urls.ts) read
 * the resolved base path from the environment in Node, so setting it once per worker makes every helper-built URL in the specs right
 * for the project, whether the site is at "/" or under a sub-path.
 */
export const test = base.extend<{ distDir: string }, { site: SiteUnderTest; basePathFromSite: void }>({
  site: [{ url: '', basePath: '/', outDir: 'dist' }, { option: true, scope: 'worker' }],
  basePathFromSite: [
    async ({ site }, use) => {
      process.env[RESOLVED_BASE_PATH] = site.basePath;
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  distDir: async ({ site }, use) => use(join(ROOT, site.outDir)),
});
