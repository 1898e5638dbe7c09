import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind';
import { isForwardingPage, linkChecks } from './src/integrations/links';

export default defineConfig({
  site: 'https://cpt-reference.example',
  trailingSlash: 'always',
  // Two routes or entries that resolve to the same URL must stop the build, never silently pick one.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap({ filter: (page) => !isForwardingPage(page) }), linkChecks(), pagefindIndex()],
  // Scripts stay external files even when small, so a strict CSP (no inline scripts) can apply.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
