// The second site `npm test` builds and tests: the same content published under a sub-path of
// another host, as a hospital intranet would. One definition for the build and the browser tests.
export const SUBPATH_SITE = {
  url: 'https://intranet.example.org',
  basePath: '/coding/cpt/',
  outDir: 'dist-subpath',
};

/** The environment that builds or serves the site with these settings (site.config.yaml's overrides). */
export const subpathEnv = () => ({ ...process.env, SITE_URL: SUBPATH_SITE.url, BASE_PATH: SUBPATH_SITE.basePath });
