import { readdir, readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import type { BodyCatalogs } from '../user-components/index';
import type { BodyProblem } from './body-safety';
import { formatBodyProblems, formatContentErrors } from '../catalog/catalog-checks';
import { compileBody } from './compile-body';
import { STORED_SHAPE, storedBody } from './stored-body';
import { refusedBody } from './refused-bodies';
import { readGlossary } from '../glossary/terms';
import { glossaryMarks } from '../glossary/glossary-markup';

/**
 * Wraps the code files' loader so that each body is checked and rendered to HTML while content is
 * synced, and only its rendered sections are kept (src/bodies/stored-body.ts).
 *
 * Why not let Astro compile each MDX file: it turns every one into a JavaScript module of its own,
 * and at 10,000 codes bundling those modules took over 4 GiB and half the build (BENCHMARKS.md).
 * Instead each body is parsed once as MDX, checked (only Markdown and the fixed components of
 * src/user-components/index.ts, with literal attributes) and rendered from that tree by our own
 * handlers, so no code from content ever runs. The raw body is dropped once rendered: the whole
 * store is held in memory while the pages are generated, so every byte costs memory.
 */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

const CATALOG_FINGERPRINT = 'body-catalogs';

interface BodySources {
  /** Where the code files are; a file's name is its code, so the folder says which codes have pages. */
  codesDir: string;
  /** The payer catalog a <PayerNote payer="…"> must name. */
  payersFile: string;
  /** The glossary a <Term term="…"> must name. */
  glossaryFile: string;
}

async function readCatalogs(root: URL, sources: BodySources, store: LoaderContext['store']): Promise<{ catalogs: BodyCatalogs; fingerprint: string }> {
  const files = await readdir(new URL(`${sources.codesDir}/`, root), { recursive: true });
  const codes = new Set(files.filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));
  const payersText = await readFile(new URL(sources.payersFile, root), 'utf8');
  const payers = parse(payersText) as Record<string, { name: string }>;
  // The glossary's problems are reported by its own collection; here its terms are read by the same schema.
  const glossaryText = await readFile(new URL(sources.glossaryFile, root), 'utf8');
  const { terms } = readGlossary(parse(glossaryText), sources.glossaryFile);
  return {
    catalogs: {
      payers: new Map(Object.entries(payers).map(([id, p]) => [id, p.name])),
      glossary: new Map(terms.map((t) => [t.id, t.term])),
      glossaryMarks: glossaryMarks(terms),
      // Codes added while the dev server runs are in the store, not in the first listing.
      hasPage: (code) => codes.has(code) || store.has(code),
    },
    fingerprint: `${STORED_SHAPE}\n${[...codes].sort().join(',')}\n${payersText}\n${glossaryText}`,
  };
}

/** The one place body errors are raised from, with file and line. */
async function bodyErrors(context: LoaderContext, filePath: string, body: string, problems: BodyProblem[]): Promise<string[]> {
  // Only a body with problems needs its file again, so the messages can give file lines.
  return formatBodyProblems(filePath, problems, body, await readFile(new URL(filePath, context.config.root), 'utf8'));
}

export function codeBodies(inner: Loader, sources: BodySources): Loader {
  return {
    ...inner,
    name: `${inner.name} (code bodies)`,
    async load(context: LoaderContext) {
      const { catalogs, fingerprint } = await readCatalogs(context.config.root, sources, context.store);
      // A body's HTML depends on other files (which codes have pages, payer names), but the store
      // kept from the last build is only refreshed for files that changed: start afresh when those did.
      if (context.meta.get(CATALOG_FINGERPRINT) !== fingerprint) {
        context.store.clear();
        context.meta.set(CATALOG_FINGERPRINT, fingerprint);
      }
      const pending: Promise<string[]>[] = [];
      let loaded = false;

      async function checkAndRender(entry: StoredEntry): Promise<string[]> {
        const { body = '', deferredRender: _deferred, ...kept } = entry;
        const filePath = entry.filePath ?? entry.id;
        const ownCode = typeof entry.data.code === 'string' ? entry.data.code : entry.id;
        const { problems, rendered } = compileBody(body, ownCode, catalogs);
        if (rendered) {
          context.store.set({ ...kept, rendered: storedBody(rendered) });
          return [];
        }
        const errors = await bodyErrors(context, filePath, body, problems);
        // The dev server (the one with a watcher) keeps the file's problems for the browser to show.
        if (context.watcher) {
          context.logger.error(formatContentErrors(errors));
          context.store.set(refusedBody(kept, errors));
          return [];
        }
        return errors;
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
