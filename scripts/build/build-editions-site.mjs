// Builds EDITIONS_SITE (scripts/build/editions-site.mjs) for the "editions" browser tests: a copy of the
// project with a fixture edition laid over it, built with the same two steps as `npm run build`.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EDITIONS_SITE } from './editions-site.mjs';
import { copyProject } from './scratch-project.mjs';
import { EDITIONS_DIR } from '../../src/schema/content-files.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = copyProject(root, join(root, EDITIONS_SITE.dir));
cpSync(join(root, EDITIONS_SITE.overlay), dir, { recursive: true });
const run = (args) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: dir });
// The project's own kept edition, kept again from today's pages, so every one of its codes reads
// as its live page and forwards there, beside the fixture edition's pages of their own.
rmSync(join(dir, EDITIONS_DIR, String(EDITIONS_SITE.forwardingYear)), { recursive: true, force: true });
run(['scripts/editor/edition-freeze.mjs', String(EDITIONS_SITE.forwardingYear), '--today', EDITIONS_SITE.forwardingKeptOn]);
run(['--max-old-space-size=1024', 'node_modules/astro/bin/astro.mjs', 'build']);
run(['scripts/build/build-search-index.mjs']);
