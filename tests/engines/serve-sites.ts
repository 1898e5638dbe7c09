import type { TestProject } from 'vitest/node';
import { freePort, startProcess, stopProcess, waitForUrl } from './processes';
import { SUBPATH_SITE, subpathEnv } from '../../scripts/build/subpath-site.mjs';
import { siteConfig } from '../../src/site/site-config';

/** A built site the engines read, served the way `npm run serve` serves it. */
export interface ServedSite {
  name: 'site' | 'subpath';
  /** Origin of the local server, e.g. http://localhost:40123. */
  origin: string;
  basePath: string;
  outDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: ServedSite[];
  }
}

/**
 * Vitest global setup of the `engines` project: serves dist/ and dist-subpath/ on free ports (so it
 * can run beside the Playwright suite, which serves its own), for every engine's test file.
 */
export default async function serveSites(project: TestProject) {
  const wanted = [
    { name: 'site' as const, basePath: siteConfig().base_path, outDir: 'dist', env: process.env },
    { name: 'subpath' as const, basePath: SUBPATH_SITE.basePath, outDir: SUBPATH_SITE.outDir, env: subpathEnv() },
  ];
  const servers = await Promise.all(
    wanted.map(async ({ env, ...site }) => {
      const port = await freePort();
      const child = startProcess(process.execPath, ['scripts/hosting/serve.mjs', String(port), site.outDir], env);
      const origin = `http://localhost:${port}`;
      await waitForUrl(`${origin}${site.basePath}`);
      return { child, site: { ...site, origin } };
    }),
  );
  project.provide('sites', servers.map((s) => s.site));
  return () => servers.forEach((s) => stopProcess(s.child));
}
