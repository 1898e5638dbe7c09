// Builds EDITIONS_SITE (scripts/build/editions-site.mjs) for the "editions" browser tests: a copy of the
// project with a fixture edition laid over it, built with the same two steps as `npm run build`.
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EDITIONS_SITE } from './editions-site.mjs';
import { copyProject } from './scratch-project.mjs';

const root = resolve(import.meta.dirname, '../..');
const dir = copyProject(root, join(root, EDITIONS_SITE.dir));
cpSync(join(root, EDITIONS_SITE.overlay), dir, { recursive: true });
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: dir });
run(['--max-old-space-size=1024', 'node_modules/astro/bin/astro.mjs', 'build']);
run(['scripts/build/build-search-index.mjs']);
