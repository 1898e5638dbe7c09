import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { codeExports } from './src/integrations/code-exports';
import { isForwardingPage, linkChecks } from './src/integrations/links';
import { securityHeaders } from './src/integrations/security-headers';
import { shortLinks } from './src/integrations/short-links';
import { OTHER_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp';

export default defineConfig({
  site: 'https://cpt-reference.example',
  trailingSlash: 'always',
  // Two routes or entries that resolve to the same URL must stop the build, never silently pick one.
  prerenderConflictBehavior: 'error',
  // Shiki colours code with inline styles, which the CSP forbids; code pages have no code blocks.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap({ filter: (page) => !isForwardingPage(page) }), codeExports(), shortLinks(), linkChecks(), securityHeaders()],
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
