/**
 * The base path a site published under a sub-path (base_path in site.config.yaml) puts before every
 * route, and the build output's files by public path. Every URL helper (src/shared/urls.ts and the
 * features' own, such as src/shared/search/search-urls.ts) builds on withBase(); its own module, so a
 * page script that needs one address does not carry every other.
 */

/**
 * The environment variable through which Node code (the build, build steps, test workers) learns
 * the resolved base path: astro.config.mjs and the test set-up set it. Not BASE_PATH itself, which
 * is the user's override and would leak into the builds a process starts (fixtures, benchmark).
 */
export const RESOLVED_BASE_PATH = 'CPT_RESOLVED_BASE_PATH';

/**
 * The path the site is published under: "/" or e.g. "/coding/cpt/". Browser code has no process
 * and gets Astro's `base` from Vite.
 */
export function basePath(): string {
  return globalThis.process?.env[RESOLVED_BASE_PATH] || import.meta.env?.BASE_URL || '/';
}

/** A site route ("/codes/37249/") as the public path a browser asks for, base path included. */
export function withBase(route: string): string {
  if (!route.startsWith('/')) throw new Error(`withBase: route "${route}" must start with "/"`);
  return `${basePath().replace(/\/$/, '')}${route}`;
}

/** The route of a public path, the inverse of withBase(); throws for a path outside the site. */
export function routeOf(publicPath: string): string {
  const base = basePath();
  if (!publicPath.startsWith(base)) throw new Error(`"${publicPath}" is not under the site's base path "${base}"`);
  return `/${publicPath.slice(base.length)}`;
}

/**
 * The file in the build output (`outDir`, e.g. dist/) that serves a public path: output files
 * are laid out by route, without the base path. A path ending in "/" is its folder's index.html.
 */
export function outputFile(outDir: string, publicPath: string): string {
  const route = routeOf(publicPath.split(/[?#]/)[0]!);
  return `${outDir.replace(/\/$/, '')}${route.endsWith('/') ? `${route}index.html` : route}`;
}

/**
 * Shared links always use the configured origin (`site` in astro.config.mjs, from
 * site.config.yaml), never the host that served them. `publicPath` already holds the base path.
 */
export function absoluteUrl(publicPath: string, site: URL | string): string {
  return new URL(publicPath, site).href;
}
