import { AstroError } from 'astro/errors';
import { formatContentErrors } from '../catalog/catalog-checks';

/**
 * Shows a refused code body in the dev server's browser, as Astro shows its own errors.
 *
 * Astro's dev server shows its error page for an error thrown while a page renders, but an error
 * in a loader after a file changes only reaches the terminal (the glob loader logs it and keeps
 * the last good entry), so the browser went on showing the old page. In the dev server the body
 * check therefore stores a refused body with its problems in place of its HTML, and loading the
 * catalog throws them; once the file is fixed its HTML is stored again and the page comes back on
 * the reload Astro does after every content change. A build still stops at the body check.
 */
const PROBLEMS = 'refusedBody';

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

interface StoredEntry {
  filePath?: string;
  rendered?: Rendered;
}

/** The entry to store for a body the check refused: its problems, and no HTML. */
export function refusedBody<T extends object>(entry: T, problems: readonly string[]): T & { rendered: Rendered } {
  return { ...entry, rendered: { html: '', metadata: { [PROBLEMS]: [...problems] } } };
}

const problemsOf = (entry: StoredEntry) => (entry.rendered?.metadata?.[PROBLEMS] as string[] | undefined) ?? [];

/** Throws the problems of every refused body, located at the first one's file and line. */
export function throwRefusedBodies(entries: readonly StoredEntry[]): void {
  const refused = entries.filter((e) => problemsOf(e).length);
  if (!refused.length) return;
  const first = refused[0]!;
  const line = Number(/ at line (\d+)/.exec(problemsOf(first).join('\n'))?.[1] ?? 1);
  const error = new AstroError(
    formatContentErrors(refused.flatMap(problemsOf)),
    'Code bodies are Markdown with a fixed set of components (README, "Writing a code page"). The page comes back when the file is saved without the problem.',
  );
  // Astro's error page shows the file, line and source around it for an error with a location.
  throw Object.assign(error, { loc: { file: first.filePath, line, column: 1 } });
}
