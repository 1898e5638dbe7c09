// A copy of the project in a scratch folder, so fixture tests and the benchmark can build variants
// of the site without touching the real content. Each copy gets its own node_modules of links, so
// parallel builds never share Astro's cache.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'site.config.yaml', 'tsconfig.json', 'package.json'];

/** Links every package of `root`'s node_modules into `dir`'s, leaving `dir` free to have its own cache. */
export function linkNodeModules(root, dir) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const pkg of readdirSync(join(root, 'node_modules'))) {
    if (!pkg.startsWith('.')) symlinkSync(join(root, 'node_modules', pkg), join(dir, 'node_modules', pkg));
  }
  symlinkSync(join(root, 'node_modules/.bin'), join(dir, 'node_modules/.bin'));
}

export function copyProject(root, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of PROJECT_FILES) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  linkNodeModules(root, dir);
  return dir;
}
