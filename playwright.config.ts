import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/test-env/chromium.mjs';
import { EDITIONS_SITE } from './scripts/build/editions-site.mjs';
import { SUBPATH_SITE, subpathEnv } from './scripts/build/subpath-site.mjs';
import { siteConfig } from './src/site/site-config.ts';
import type { SiteUnderTest } from './tests/support/test';

// Overridable so several checkouts can run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4399);
const subpathPort = port + 1;
const nginxPort = port + 2;
const editionsPort = port + 4;
const config = siteConfig();
const rootSite: SiteUnderTest = { url: config.url, basePath: config.base_path, outDir: 'dist' };

export default defineConfig<{}, { site: SiteUnderTest }>({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  // CI machines have two cores; locally Playwright picks its own default.
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: 'list',
  use: {
    launchOptions: { executablePath: findChromium() ?? '', args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      // At "/" every address is below the base path, so that spec can only fail in the subpath project.
      testIgnore: /(base-path|pinned-changed)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}`, site: rootSite },
    },
    {
      // The second build (npm run build:subpath): the specs whose addresses a base path could break.
      name: 'subpath',
      testMatch: /(links|sharing|csp|search-box|search-page|search-editions|search-forgiving|glossary|base-path|hosting|pinned-pages|edition-changes|feed)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${subpathPort}`, site: { ...SUBPATH_SITE } },
    },
    {
      // dist/ behind Debian's nginx with the generated configuration (scripts/hosting/nginx.mjs).
      name: 'nginx',
      testMatch: /(links|hosting)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${nginxPort}`, site: rootSite },
    },
    {
      // npm run build:editions-site: the project plus a kept 2025 edition whose pages differ from the live ones.
      name: 'editions',
      testMatch: /pinned-changed\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${editionsPort}`, site: { ...rootSite, outDir: EDITIONS_SITE.outDir } },
    },
  ],
  webServer: [
    {
      command: `node scripts/hosting/serve.mjs ${port}`,
      url: `http://localhost:${port}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/serve.mjs ${subpathPort} ${SUBPATH_SITE.outDir}`,
      url: `http://localhost:${subpathPort}${SUBPATH_SITE.basePath}`,
      env: subpathEnv(),
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/nginx.mjs ${nginxPort}`,
      url: `http://localhost:${nginxPort}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/hosting/serve.mjs ${editionsPort} ${EDITIONS_SITE.outDir}`,
      url: `http://localhost:${editionsPort}${config.base_path}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
