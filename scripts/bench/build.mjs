import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTreeRss } from './process-tree.mjs';
import { DEFAULT_KEPT_CACHE, KEPT_CACHE_ENV } from '../../src/kept-cache/cache-folder.ts';

// Astro's and Vite's caches, and the kept-edition cache (src/kept-cache/cache-folder.ts).
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', DEFAULT_KEPT_CACHE];

/**
 * A cold build of `dir` with `command` (the project's own build script, or `astro build` for the
 * baseline): wall time, the process tree's peak RSS, and pages written. With `keptCache: 'warm'`
 * the kept-edition cache stays, as a host's build cache keeps it, and everything else starts cold;
 * with `'off'` the build neither reads nor changes it (a site with no kept edition, built between
 * warm rebuilds, would otherwise drop every entry it does not use).
 */
export function timedBuild(dir, command, { keptCache = 'cold' } = {}) {
  const caches = ['dist', ...CACHES.filter((cache) => keptCache === 'cold' || cache !== DEFAULT_KEPT_CACHE)];
  const cacheEnv = keptCache === 'off' ? { [KEPT_CACHE_ENV]: 'off' } : {};
  for (const cache of caches) rmSync(join(dir, cache), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const [program, ...args] = command;
    const child = spawn(program, args, {
      cwd: dir,
      env: { ...process.env, ...cacheEnv, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, sampleTreeRss(child.pid))), 500);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) return reject(new Error(`${command.join(' ')} in ${dir} failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({ seconds, peakRss, pages: countFiles(join(dir, 'dist'), (f) => f.endsWith('.html')) });
    });
  });
}

function countFiles(dir, keep = () => true) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(keep).length;
}
