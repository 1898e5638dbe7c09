// Builds the site a second time into dist-subpath/ as if published at
// https://intranet.example.org/coding/cpt/, for the browser tests that prove every address keeps
// the base path (playwright.config.ts, project "subpath"). Same two steps as `npm run build`.
import { execFileSync } from 'node:child_process';
import { SUBPATH_SITE, subpathEnv } from './subpath-site.mjs';

const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', env: subpathEnv() });
run(['--max-old-space-size=1024', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', SUBPATH_SITE.outDir]);
run(['scripts/build/build-search-index.mjs', SUBPATH_SITE.outDir]);
