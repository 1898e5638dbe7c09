import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { codeExports } from './src/export/write-exports';
import { handoutModulePreloads } from './src/handout/module-preloads';
import { compareData } from './src/compare/write-compare-data';
import { isForwardingPage, isPinnedPage, linkChecks } from './src/hosting/link-checks';
import { securityHeaders } from './src/hosting/security-headers';
import { shortLinks } from './src/hosting/short-links';
import { printQrCodes } from './src/qr/write-qr-files';
import { embedCards } from './src/embed/write-embed-cards';
import { printOrigin } from './src/print/print-origin';
import { smallPreloadHelper } from './src/code-page/module-preload-helper';
import { SCRIPT_CHUNKS } from './src/code-page/script-chunks';
import { HANDOUT_SCRIPT_CHUNKS } from './src/handout/script-chunks';
import { isEmbedPage } from './src/embed/embed-page';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/hosting/csp';
import { THEME_BOOT_HASH } from './src/theme/boot-script';
import { siteConfig } from './src/site/site-config';
import { RESOLVED_BASE_PATH } from './src/shared/urls';
import { PROJECT_FILES } from './scripts/build/scratch-project.mjs';
import { restoreKeptPages, saveKeptPages } from './src/kept-cache/kept-cache-integration';
import { keptForwards } from './src/editions/kept-forwards';
import { storeFromFile } from './src/bodies/store-from-file';

// site.config.yaml (SITE_URL and BASE_PATH override it): a wrong value stops the build here.
const config = siteConfig();
// Node-side code (build steps, src/shared/urls.ts outside Vite) reads the base path from here.
process.env[RESOLVED_BASE_PATH] = config.base_path;

const root = import.meta.dirname;
// Astro's .astro/ holds the dev server's content store, which it watches to reload pages.
const WATCHED = new Set([...PROJECT_FILES, '.astro']);

/**
 * Whether the dev server should ignore a file: anything in the project the site is not built from.
 * While a page fails, Astro reloads every open browser on any file change; a file that changes
 * because of the failure (the dev server's log written inside the project, an editor's backup)
 * reloaded the error page twice a second, each reload failing and logging again.
 */
function notBuiltFrom(path) {
  if (!path.startsWith(`${root}/`)) return false;
  return !WATCHED.has(path.slice(root.length + 1).split('/')[0]);
}

export default defineConfig({
  site: config.url,
  base: config.base_path,
  trailingSlash: 'always',
  // Two routes or entries that resolve to the same URL must stop the build, never silently pick one.
  prerenderConflictBehavior: 'error',
  // Shiki colours code with inline styles, which the CSP forbids; code pages have no code blocks.
  markdown: { syntaxHighlight: false },
  // The kept-edition cache restores first, so every step after sees the whole site, and saves last.
  integrations: [restoreKeptPages(), keptForwards(), storeFromFile(), mdx(), sitemap({ filter: (page) => !isForwardingPage(page) && !isPinnedPage(page) && !isEmbedPage(page) }), codeExports(), handoutModulePreloads(), compareData(), printQrCodes(), embedCards(), shortLinks(), linkChecks(), securityHeaders(), saveKeptPages()],
  security: {
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [THEME_BOOT_HASH] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    plugins: [tailwindcss(), printOrigin(config.url), smallPreloadHelper()],
    // Scripts stay external files even when small, so a strict CSP (no inline scripts) can apply.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: { output: { codeSplitting: { groups: [...SCRIPT_CHUNKS, ...HANDOUT_SCRIPT_CHUNKS] } } },
    },
    server: { watch: { ignored: [notBuiltFrom] } },
  },
});
