import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What ships to the browser lives in src/browser (entry points, DOM code) and src/shared (pure
 * code the build runs too). Anything those files reach lands in a page's bundle, so one stray
 * import of the schema once put zod (80 KB) there. Type-only imports are followed as well: a type
 * from build-time code ties the browser to it just the same.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const BROWSER_FOLDERS = ['src/browser', 'src/shared'];
/** npm packages the bundle may contain. None today: Pagefind is loaded at run time from the built site by URL. */
const BROWSER_PACKAGES: readonly string[] = [];

const show = (file: string) => relative(ROOT, file);

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file))
    .sort();
}

/** The module specifiers a file names: imports, re-exports and dynamic imports of a fixed string. */
function specifiers(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** The bundled <script> blocks of a component (is:inline scripts are not bundled and cannot import). */
function scriptBlocks(astroFile: string): string[] {
  const text = readFileSync(astroFile, 'utf8');
  return [...text.matchAll(/<script\b([^>]*?)(?<!\/)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !attributes!.includes('is:inline')).map(([, , body]) => body!);
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
}

const isBrowserFile = (file: string) => BROWSER_FOLDERS.some((folder) => file.startsWith(join(ROOT, folder) + '/'));

/** Why a specifier may not be imported by browser code, or undefined when it may. */
function problem(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolveRelative(from, specifier);
    if (!target) return `imports "${specifier}", which is not a TypeScript file here`;
    if (!isBrowserFile(target)) return `imports ${show(target)}, which is build-time code (browser code may import only ${BROWSER_FOLDERS.join(' and ')})`;
    return undefined;
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return `imports the Node module "${specifier}"`;
  if (specifier.startsWith('astro:')) return `imports "${specifier}", which exists only in the build`;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  if (!BROWSER_PACKAGES.includes(name)) return `imports the package "${name}", which would be bundled for the browser`;
  return undefined;
}

interface Walk {
  reached: Set<string>;
  problems: string[];
}

/** Follows imports from the entry points, through browser files only, and records every import that leaves them. */
function walk(entries: { name: string; text: string }[]): Walk {
  const reached = new Set(entries.map((entry) => entry.name));
  const problems = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const { name, text } = queue.shift()!;
    for (const specifier of specifiers(name, text)) {
      const why = problem(name, specifier);
      if (why) {
        problems.add(`${show(name)} ${why}`);
        continue;
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(name, specifier)!;
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push({ name: target, text: readFileSync(target, 'utf8') });
    }
  }
  return { reached, problems: [...problems] };
}

const browserFiles = BROWSER_FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder), '.ts'));
const pageScripts = filesUnder(SRC, '.astro').flatMap((file) => scriptBlocks(file).map((text) => ({ name: file, text })));

describe('the browser boundary', () => {
  it('finds the page scripts and the browser files it guards', () => {
    expect(pageScripts.length).toBeGreaterThan(0);
    expect(browserFiles.map(show)).toContain('src/browser/search/search-box.ts');
  });

  it('keeps Node, Astro, zod, the content schema and all build-time code out of what ships to the browser', () => {
    const files = browserFiles.map((name) => ({ name, text: readFileSync(name, 'utf8') }));
    expect(walk([...pageScripts, ...files]).problems).toEqual([]);
  });

  it('holds only code that ships: every browser and shared file is reached from a page script', () => {
    const { reached } = walk(pageScripts);
    expect(browserFiles.filter((file) => !reached.has(file)).map(show)).toEqual([]);
  });
});

describe('the boundary check itself', () => {
  const file = join(ROOT, 'src/browser/search/example.ts');
  const problems = (text: string) => walk([{ name: file, text }]).problems;

  it.each([
    ["import { readFileSync } from 'node:fs';", 'the Node module "node:fs"'],
    ["import path from 'path';", 'the Node module "path"'],
    ["import { z } from 'zod';", 'the package "zod"'],
    ["import { getCollection } from 'astro:content';", '"astro:content", which exists only in the build'],
    ["import type { CodeData } from '../../content.config';", 'src/content.config.ts, which is build-time code'],
    ["export { CODE_FIELDS } from '../../schema/code-fields';", 'src/schema/code-fields.ts, which is build-time code'],
    ["const load = () => import('../../catalog/catalog');", 'src/catalog/catalog.ts, which is build-time code'],
  ])('flags %s', (text, why) => {
    expect(problems(text)).toEqual([expect.stringContaining(why)]);
  });

  it('follows imports through shared code to what they reach', () => {
    expect(problems("import { parseQuery } from '../../shared/search/query';")).toEqual([]);
  });
});
