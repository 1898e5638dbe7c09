import type { Plugin } from 'vite';

/** The module Vite writes into a chunk that has a dynamic import(), to fetch the imported chunk's own imports beside it. */
export const VITE_PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The preload helper our scripts need: on a dynamic import(), a `<link rel="modulepreload">` for
 * each of the imported chunk's dependencies, so they arrive together and not one level of imports
 * per round trip (on the search box's first focus: four files). Vite's own helper, 0.7 KiB gzip in
 * the code page's one script file, also preloads stylesheets, reads CSP nonces and fires
 * `vite:preloadError`, and detects modulepreload support: our dynamic imports carry no stylesheet,
 * the CSP uses hashes (src/hosting/csp.ts), failures are handled where each import is made, and a
 * browser without modulepreload ignores the link and loads each import when it is reached. The
 * link asks for the module as import() does (CORS, same-origin credentials), as Vite's does.
 */
function preloadHelper(base: string): string {
  return `const preloaded = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (preloaded.has(dep)) continue;
    preloaded.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;
}

/** A Vite plugin that builds client scripts with preloadHelper() in place of Vite's helper. */
export function smallPreloadHelper(): Plugin {
  // Vite's base (the site's base path, ending in "/"), which the chunks' dependency paths are relative to.
  let base = '/';
  return {
    name: 'cpt-reference:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    load: (id) => (id === VITE_PRELOAD_HELPER_ID ? preloadHelper(base) : null),
  };
}
