import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './scripts/test-env/chromium.mjs';
import { EDITIONS_SITE } from './scripts/build/editions-site.mjs';
import { SUBPATH_SITE, subpathEnv } from './scripts/build/subpath-site.mjs';
import { COURSE_PAGE_PORT, EDITIONS_PORT, NGINX_PORT, SITE_PORT, SUBPATH_PORT } from './scripts/test-env/ports.mjs';
import { siteConfig } from './src/site/site-config.ts';
import type { SiteUnderTest } from './tests/support/test';

const config = siteConfig();
const rootSite: SiteUnderTest = { url: config.url, basePath: config.base_path, outDir: 'dist' };

export default defineConfig<{}, { site: SiteUnderTest }>({
  testDir: 'tests/e2e',
  // Its own folder, which Playwright empties at start: the cross-engine suite writes beside it (test-results/engines/).
  outputDir: 'test-results/playwright',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  // CI machines have two cores; the browser tests spend much of their time waiting on pages, so a
  // third worker fills the idle core time. Locally Playwright picks its own default.
  ...(process.env.CI ? { workers: 3 } : {}),
  reporter: 'list',
  use: {
    launchOptions: { executablePath: findTestChromium() ?? '', args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      // At "/" every address is below the base path, so that spec can only fail in the subpath project.
      testIgnore: /(base-path|pinned-changed|handout-editions|pinned-forwards)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SITE_PORT}`, site: rootSite },
    },
    {
      // The second build (npm run build:subpath): the specs whose addresses a base path could break.
      name: 'subpath',
      testMatch: /(links|sharing|print|embed|csp|search-box|search-page|search-editions|search-forgiving|glossary|base-path|hosting|pinned-pages|edition-changes|feed|compare|recently-viewed|practice|handout|handout-print)\.spec\.ts$/,
      // A base path changes only addresses, so only tests tagged @base-path run here: fetched files, links, navigation, URLs, headers per path.
      grep: /@base-path/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SUBPATH_PORT}`, site: { ...SUBPATH_SITE } },
    },
    {
      // dist/ behind Debian's nginx with the generated configuration (scripts/hosting/nginx.mjs).
      name: 'nginx',
      testMatch: /(links|hosting|embed)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${NGINX_PORT}`, site: rootSite },
    },
    {
      // npm run build:editions-site: the project plus a kept 2025 edition whose pages differ from the live ones.
      name: 'editions',
      testMatch: /(pinned-changed|handout-editions|pinned-forwards)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${EDITIONS_PORT}`, site: { ...rootSite, outDir: EDITIONS_SITE.outDir } },
    },
  ],
  webServer: [
    {
      command: `node scripts/hosting/serve.mjs ${SITE_PORT}`,
      url: `http://localhost:${SITE_PORT}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/serve.mjs ${SUBPATH_PORT} ${SUBPATH_SITE.outDir}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH_SITE.basePath}`,
      env: subpathEnv(),
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/nginx.mjs ${NGINX_PORT}`,
      url: `http://localhost:${NGINX_PORT}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Another origin's page that frames embed cards and code pages (tests/e2e/embed.spec.ts).
      command: `node scripts/test-env/course-page.mjs ${COURSE_PAGE_PORT}`,
      url: `http://localhost:${COURSE_PAGE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/serve.mjs ${EDITIONS_PORT} ${EDITIONS_SITE.outDir}`,
      url: `http://localhost:${EDITIONS_PORT}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
