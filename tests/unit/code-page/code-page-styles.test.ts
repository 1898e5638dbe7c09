import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code pages' stylesheet (src/styles/code-page.css) leaves out the sources of other pages, so
 * their utilities do not weigh on the page a coder loads most. Leaving out a file a code page renders
 * or loads would drop its styles there: follow every import from the code pages' routes (components,
 * their scripts, the scripts those load, dynamic imports included) and check none is left out.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const SHEET = join(SRC, 'styles/code-page.css');
const CODE_PAGE_ROUTES = ['pages/codes/[code].astro', 'pages/editions/[year]/codes/[code].astro'].map((route) => join(SRC, route));

const SHEET_TEXT = readFileSync(SHEET, 'utf8');
const excluded = [...SHEET_TEXT.matchAll(/^@source not '([^']+)';/gm)].map(([, path]) => resolve(dirname(SHEET), path!));
// Words the scan must not take for class names (`@source not inline('…')`).
// What src/styles/code-page-preflight.css has no resets for.
const LEFT_OUT_ELEMENTS = ['textarea', 'progress', 'menu', 'optgroup', 'video', 'audio', 'canvas', 'iframe', 'embed', 'object', 'dialog', 'summary', 'small', 'sub', 'sup', 'kbd', 'samp'];
const LEFT_OUT_INPUTS = ['file', 'search', 'number', 'date', 'time', 'datetime-local', 'month', 'week', 'button', 'reset', 'submit'];
const notClasses = [...SHEET_TEXT.matchAll(/^@source not inline\('([^']+)'\);/gm)].flatMap(([, words]) => words!.split(' '));

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'([^']+)'/g)].map(([, specifier]) => specifier!);
  return specifiers.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && /\.(ts|astro)$/.test(candidate));
    return found ? [found] : [];
  });
}

function reachedFrom(starts: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...starts];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    queue.push(...imports(file));
  }
  return reached;
}

describe('the code pages stylesheet', () => {
  it('leaves out only existing files that no code page renders or loads', () => {
    expect(excluded.length).toBeGreaterThan(0);
    for (const path of excluded) expect(existsSync(path), `${relative(ROOT, path)} no longer exists`).toBe(true);
    const reached = reachedFrom(CODE_PAGE_ROUTES);
    // The walk must see the page's own parts, or it proves nothing.
    for (const part of ['layouts/CodePage.astro', 'components/code-page/ShareLinks.astro', 'browser/search/search-box.ts', 'browser/copy-for-documents.ts']) {
      expect(reached.has(join(SRC, part)), part).toBe(true);
    }
    // The routes fall under the pages left out (src/pages): they may, as long as they style nothing themselves.
    for (const route of CODE_PAGE_ROUTES) expect(readFileSync(route, 'utf8'), relative(ROOT, route)).not.toMatch(/\bclass(:list)?=/);
    const routes = new Set(CODE_PAGE_ROUTES);
    const leftOut = [...reached].filter((file) => !routes.has(file) && excluded.some((path) => file === path || file.startsWith(`${path}/`)));
    expect(leftOut.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('leaves out only words no code page uses as a class', () => {
    expect(notClasses.length).toBeGreaterThan(0);
    const used = [...reachedFrom(CODE_PAGE_ROUTES)].flatMap((file) => classLists(readFileSync(file, 'utf8')).flatMap((list) => list.split(/\s+/)));
    // The reading must find the page's classes, or it proves nothing.
    expect(used).toContain('copy-button');
    expect(used.filter((name) => notClasses.includes(name))).toEqual([]);
  });

  it('renders no element whose resets the code pages\' preflight leaves out', () => {
    const reached = [...reachedFrom(CODE_PAGE_ROUTES)];
    const markup = reached.filter((file) => file.endsWith('.astro')).map((file) => readFileSync(file, 'utf8').split(/^---$/m).at(-1)!);
    const scripts = reached.filter((file) => file.endsWith('.ts')).map((file) => readFileSync(file, 'utf8'));
    expect(markup.join('')).toMatch(/<input\b/);
    for (const text of markup) {
      expect(text).not.toMatch(new RegExp(`<(${LEFT_OUT_ELEMENTS.join('|')})\\b`));
      expect(text).not.toMatch(new RegExp(`<input\\b[^>]*\\btype="(${LEFT_OUT_INPUTS.join('|')})"`));
    }
    for (const text of scripts) expect(text).not.toMatch(new RegExp(`createElement\\('(${LEFT_OUT_ELEMENTS.join('|')})'\\)|\\.type = '(${LEFT_OUT_INPUTS.join('|')})'`));
  });
});

/** Class lists in a source: class and className values, and strings of two or more class-like words (utility lists kept in constants). */
function classLists(text: string): string[] {
  const attributes = [...text.matchAll(/\bclass(?:Name)?\s*[=:]\s*(["'`])([^"'`]*)\1/g)].map(([, , list]) => list!);
  const strings = [...text.matchAll(/(["'`])([a-z0-9:[\]/_.%-]+(?: [a-z0-9:[\]/_.%-]+)+)\1/gi)].map(([, , list]) => list!);
  return [...attributes, ...strings];
}
