import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { codeExports } from './src/export/write-exports';
import { isForwardingPage, isPinnedPage, linkChecks } from './src/hosting/link-checks';
import { securityHeaders } from './src/hosting/security-headers';
import { shortLinks } from './src/hosting/short-links';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/hosting/csp';
import { siteConfig } from './src/site/site-config';
import { RESOLVED_BASE_PATH } from './src/shared/urls';

// site.config.yaml (SITE_URL and BASE_PATH override it): a wrong value stops the build here.
const config = siteConfig();
// Node-side code (build steps, src/shared/urls.ts outside Vite) reads the base path from here.
process.env[RESOLVED_BASE_PATH] = config.base_path;

export default defineConfig({
  site: config.url,
  base: config.base_path,
  trailingSlash: 'always',
  // Two routes or entries that resolve to the same URL must stop the build, never silently pick one.
  prerenderConflictBehavior: 'error',
  // Shiki colours code with inline styles, which the CSP forbids; code pages have no code blocks.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap({ filter: (page) => !isForwardingPage(page) && !isPinnedPage(page) }), codeExports(), shortLinks(), linkChecks(), securityHeaders()],
  security: {
    csp: {
      directives: [...OTHER_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  // Scripts stay external files even when small, so a strict CSP (no inline scripts) can apply.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
