import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CODE_PATTERN } from '../shared/codes';
import { SHORT_LINK_CODE, outputFile, withBase } from '../shared/urls';
import { BackgroundWrites } from './background-writes';
import { inlineCode, keepOwnHashes } from './page-hashes';

/**
 * Pages written by the thousand from one page Astro rendered with SHORT_LINK_CODE in place of the
 * code (short links, forwarding pinned pages): the same markup, script and CSP as an Astro page,
 * without Astro's few milliseconds per page.
 */

/**
 * The template page rendered at `route`, taken out of the output so it is never published, with its
 * meta policy already cut to its own inline code as src/hosting/security-headers.ts cuts every page's:
 * its copies are then final as written, where each was written a second time (with three kept
 * editions at 10,000 codes, 70,000 files: about 20 s of every build).
 */
export function takeTemplatePage(site: string, route: string): string {
  const file = outputFile(site, withBase(route));
  const template = readFileSync(file, 'utf8');
  if (!template.includes(SHORT_LINK_CODE)) throw new Error(`${route} does not contain the placeholder ${SHORT_LINK_CODE}`);
  rmSync(dirname(file), { recursive: true });
  return keepOwnHashes(template);
}

export interface PagesFromTemplates {
  /** Every file written from a template, as an absolute path. */
  files: ReadonlySet<string>;
  /** The templates they were written from: each copy's policy is its template's. */
  templates: ReadonlySet<string>;
}

// A copy differs from its template only in the code, never inside inline code (checked when a
// template is first used), so its policy is the template's: the CSP step takes each template's
// policy once instead of reading back every copy (with three kept editions at 10,000 codes, 70,000
// files: about 5 s of every build). Kept for one build: the CSP step forgets them when a build starts.
// The files themselves are written on a thread of their own (src/hosting/background-writes.ts):
// a step that reads the output awaits templatePagesWritten() first.
const written = { files: new Set<string>(), templates: new Set<string>() };
let writes = new BackgroundWrites();

/** The pages written from templates in this build (src/hosting/security-headers.ts reads them). */
export const pagesFromTemplates = (): PagesFromTemplates => written;

/** Resolves once every page given to writeFromTemplate() and sameAsWritten() is in the output; rejects if one could not be written. */
export const templatePagesWritten = (): Promise<void> => writes.settled();

/**
 * Starts making the folders of pages to be written from a template later in the build, at their
 * public paths: call it once Astro has emptied the output folder (the `astro:build:setup` hook),
 * so they are made while Astro renders pages.
 */
export function makeFoldersAhead(site: string, publicPaths: readonly string[]): void {
  for (const path of publicPaths) writes.folder(dirname(outputFile(site, path)));
}

export function forgetPagesFromTemplates(): void {
  written.files.clear();
  written.templates.clear();
  writes = new BackgroundWrites();
}

function useTemplate(template: string): void {
  if (written.templates.has(template)) return;
  if (inlineCode(template).some((code) => code.includes(SHORT_LINK_CODE))) throw new Error(`a template page has ${SHORT_LINK_CODE} inside inline code, whose hash would then differ in every copy`);
  if (keepOwnHashes(template) !== template) throw new Error('a template page is used with hashes of code it does not hold: take it with takeTemplatePage()');
  written.templates.add(template);
}

/** Writes the page at `publicPath` from `template` for `code` (in the background: templatePagesWritten()). */
export function writeFromTemplate(site: string, publicPath: string, template: string, code: string): void {
  // Codes are digits and capitals only, so they go into the markup as they are.
  if (!CODE_PATTERN.test(code)) throw new Error(`${publicPath}: "${code}" is not a code`);
  useTemplate(template);
  const file = resolve(outputFile(site, publicPath));
  writes.write(file, template.replaceAll(SHORT_LINK_CODE, code));
  written.files.add(file);
}

/**
 * Puts at `publicPath` the page written from a template at `writtenPath`, byte for byte: a hard
 * link, one system call where a write also stores the bytes again (a copy where no link can be
 * made). Safe because no step writes into a page written from a template: the CSP step leaves them
 * as they are, and every other step writes files of its own.
 */
export function sameAsWritten(site: string, writtenPath: string, publicPath: string): void {
  const from = resolve(outputFile(site, writtenPath));
  if (!written.files.has(from)) throw new Error(`${writtenPath} was not written from a template in this build`);
  const file = resolve(outputFile(site, publicPath));
  writes.link(from, file);
  written.files.add(file);
}
