import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkBody, formatContentErrors } from '../lib/catalog-checks';
import { refusedBody } from './refused-bodies';

/**
 * Wraps the code files' loader so that each body is checked and rendered to HTML while content is
 * synced, and only the HTML is kept.
 *
 * Why not let Astro compile each MDX file: it turns every one into a JavaScript module of its own,
 * and at 10,000 codes bundling those modules took over 4 GiB and half the build (BENCHMARKS.md).
 * Code bodies are plain Markdown (checkBody parses them as MDX and refuses imports, expressions
 * and raw elements), so Astro's Markdown renderer gives the same HTML and headings. The raw body is
 * dropped once checked: the whole store is bundled into the build, so every byte costs memory.
 */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export function codeBodies(inner: Loader): Loader {
  return {
    ...inner,
    name: `${inner.name} (code bodies)`,
    async load(context: LoaderContext) {
      const pending: Promise<string[]>[] = [];
      let loaded = false;

      async function checkAndRender(entry: StoredEntry): Promise<string[]> {
        const { body = '', deferredRender: _deferred, ...kept } = entry;
        const filePath = entry.filePath ?? entry.id;
        if (checkBody(filePath, body).length === 0) {
          context.store.set({ ...kept, rendered: await context.renderMarkdown(body) });
          return [];
        }
        // Only a body with problems needs its file again, so the messages can give file lines.
        const problems = checkBody(filePath, body, await readFile(new URL(filePath, context.config.root), 'utf8'));
        // The dev server (the one with a watcher) keeps the file's problems for the browser to show.
        if (context.watcher) {
          context.logger.error(formatContentErrors(problems));
          context.store.set(refusedBody(kept, problems));
          return [];
        }
        return problems;
      }

      const set = (entry: StoredEntry): boolean => {
        const done = checkAndRender(entry);
        if (!loaded) pending.push(done);
        return true;
      };
      await inner.load({ ...context, store: { ...context.store, set } });
      const problems = (await Promise.all(pending)).flat();
      loaded = true;
      if (problems.length) throw new Error(formatContentErrors(problems));
    },
  };
}
