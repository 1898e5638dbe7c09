import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind';

export default defineConfig({
  site: 'https://cpt-reference.example',
  trailingSlash: 'always',
  // Two routes or entries that resolve to the same URL must stop the build, never silently pick one.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
