/**
 * `<link rel="modulepreload">` in a built page's head for every module its scripts import
 * statically, however deep. Without them the browser learns of a module only when the one importing
 * it has arrived: the handout's script imports two levels of shared chunks, and on a slow line
 * (150 ms a request) each level is one more round trip after the bytes are in (BENCHMARKS.md).
 * Astro writes a page's scripts as `<script type="module" src>` and leaves their imports to the
 * browser, so the links are added to the written page from the built files.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';
import { Parser } from 'htmlparser2';
import { handoutUrl, outputFile } from '../shared/urls';
import { withEarlyScripts } from './early-script';
import { withInlineStylesheets } from './inline-stylesheet';

/** The addresses of the page's module scripts, in page order. */
function moduleScripts(html: string): string[] {
  const sources: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && attributes.type === 'module' && attributes.src) sources.push(attributes.src);
    },
  });
  parser.end(html);
  return sources;
}

/** The addresses `source` (the module at `address`) imports statically; dynamic imports load on demand and are left out. */
function staticImports(source: string, address: string): string[] {
  const [imports] = parse(source, address);
  return imports.filter((entry) => entry.d === -1 && entry.n).map((entry) => new URL(entry.n!, new URL(address, 'file:')).pathname);
}

/**
 * Every module the page's scripts load before they run, entry scripts first, each once, read with
 * `readModule` (a public address to its text).
 */
export async function moduleGraph(html: string, readModule: (address: string) => string): Promise<string[]> {
  await init;
  const seen = new Set<string>();
  const visit = (address: string): void => {
    if (seen.has(address)) return;
    seen.add(address);
    for (const imported of staticImports(readModule(address), address)) visit(imported);
  };
  for (const script of moduleScripts(html)) visit(script);
  return [...seen];
}

/** The page with a modulepreload link for each of `modules` at the end of its head. */
export function withModulePreloads(html: string, modules: readonly string[]): string {
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error('withModulePreloads: the page has no </head>');
  const links = modules.map((address) => `<link rel="modulepreload" href="${address}">`).join('');
  return html.slice(0, end) + links + html.slice(end);
}

/**
 * Adds the modulepreload links to the built page at `pageUrl` in the site built into `site`, after
 * `rewrite` has changed the page.
 */
export async function preloadPageModules(site: string, pageUrl: string, rewrite: (html: string) => string): Promise<number> {
  const file = outputFile(site, pageUrl);
  const html = rewrite(readFileSync(file, 'utf8'));
  const modules = await moduleGraph(html, (address) => readFileSync(outputFile(site, address), 'utf8'));
  writeFileSync(file, withModulePreloads(html, modules));
  return modules.length;
}

/**
 * Preloads the handout page's modules (its codes wait for the whole graph to arrive before they
 * show), lets its own script run before the stylesheets are in (src/handout/early-script.ts) and
 * carries its stylesheet inline (src/handout/inline-stylesheet.ts).
 */
export function handoutModulePreloads(): AstroIntegration {
  return {
    name: 'cpt-reference:handout-module-preloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const read = (address: string) => readFileSync(outputFile(site, address), 'utf8');
        const count = await preloadPageModules(site, handoutUrl(), withEarlyScripts);
        // After the preloads, so the head asks for the modules before it holds the stylesheet's text.
        const page = outputFile(site, handoutUrl());
        writeFileSync(page, withInlineStylesheets(read(handoutUrl()), read));
        logger.info(`${count} modules preloaded and the stylesheet inline on ${handoutUrl()}`);
      },
    },
  };
}
