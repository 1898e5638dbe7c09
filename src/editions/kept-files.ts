import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATALOG_SCHEMAS } from '../schema/catalog-schemas';
import { checkCatalog, formatBodyProblems } from '../catalog/catalog-checks';
import { checkFamilyChoosers } from '../choosers/chooser-checks';
import { compileBody } from '../bodies/compile-body';
import type { RenderedBody } from '../bodies/render-body';
import type { GlossaryMark } from '../glossary/glossary-markup';
import type { BodyCatalogs } from '../user-components/index';
import type { FieldContext } from '../schema/code-fields';
import { codeRecord, parseContentYaml, plainIdCodeSchema, relationsOf, type CodeFile } from '../schema/code-schema';
import { compareCodes } from '../shared/codes';
import { EDITION_YEAR } from '../shared/dates';
import { CATALOG_FILES, CODES_FOLDER, CONTENT_DIR, EDITIONS_DIR, splitFrontmatter, type CatalogName } from '../schema/content-files';
import { bodyText, liveCodeFile, sameBodyCatalogs } from './live-files';
import { migrateFrontmatter } from './migrations';
import { changedFiles, editionDir, MANIFEST_FILE, manifestSchema, type Manifest } from './edition-manifest';
import { issueMessages } from '../schema/field-path';
import { checkHistory, CURRENT_EDITION_SOURCE } from './history-checks';
import { writtenDigests, type WrittenDigests } from './section-changes';

/**
 * Reads one kept edition (content/editions/<year>/) outside Astro's content layer: it is
 * read-only, so it needs no watching or caching, and keeping 10,000 more entries out of the
 * content store keeps the build's memory where it was (BENCHMARKS.md). Every check the live
 * content gets applies here too, against the edition's own copies of the shared data.
 */
export interface KeptCode extends CodeFile {
  /** Its file, relative to the project; the body is read and compiled from it only when its page renders (keptBody). */
  source: string;
  /** The file's SHA-256, as the manifest lists it (and the build checked). */
  checksum: string;
  /** Its body's sections as written, by digest, when the check compiled it (a body that is its live one is not). */
  written?: WrittenDigests;
}

export interface KeptEdition extends Manifest {
  dir: string;
  /** In code order. */
  codes: Map<string, KeptCode>;
  /** What field views read: the edition's own catalog names and relationships. */
  catalog: FieldContext['catalog'];
  /** What its bodies are compiled against: the edition's payer and glossary names, the live pages and terms. */
  bodyCatalogs: BodyCatalogs;
  /** Every file's SHA-256 but the manifest's, by path within the edition's folder. */
  checksums: ReadonlyMap<string, string>;
}

interface ReadOptions {
  /** The edition's folder, relative to `root`; messages name its files by it. */
  dir: string;
  /** The year its folder is named for. */
  year: number;
  /** The configured current edition; nothing kept may be newer. */
  currentEdition: number;
  /** Codes with a live page: pinned pages link to them, and every kept code must have one. */
  liveCodes: ReadonlySet<string>;
  /** The live glossary's forms: pinned pages link terms to today's glossary, as they link codes to today's pages. */
  liveGlossaryMarks: readonly GlossaryMark[];
  /** How messages name a kept file; the freeze script names the file it copied from. */
  displayPath?: (file: string) => string;
  /**
   * Editions an earlier build of the same code read and checked, stored under a key of what they
   * are made from (src/kept-cache/stored-editions.ts): such an edition is not parsed nor checked again.
   */
  stored?: StoredEditions | undefined;
  /**
   * Set by the build, which checks the live bodies itself: a kept body that is its live body,
   * compiled against the same payer and glossary names, then needs no compiling to be checked.
   */
  liveBodiesChecked?: boolean;
}

/** What an edition is once read and checked, before what is derived from it on each build. */
export interface CheckedEdition {
  catalogs: Catalogs;
  /** In code order. */
  codes: KeptCode[];
}

/** What a stored edition is made from: its folder and year, its manifest's text and every other file's checksum. */
export interface EditionFiles {
  dir: string;
  year: number;
  manifestText: string;
  checksums: ReadonlyMap<string, string>;
}

export interface StoredEditions {
  /** The manifest and the checked edition made from these files, if stored. */
  read(files: EditionFiles): { manifest: Manifest; edition: CheckedEdition } | undefined;
  /** Stores an edition that passed every check, body included. */
  write(files: EditionFiles, manifest: Manifest, edition: CheckedEdition): void;
}


/** The years under content/editions/, oldest first; a folder that is not a year (a freeze under way) is not an edition. */
export function keptYears(root = process.cwd()): number[] {
  const dir = join(root, EDITIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && EDITION_YEAR.test(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);
}

/**
 * A kept edition's codes, in order, from its code files' names (the build checks each name is its
 * code): every pinned address the edition has, a page of its own or a forwarding page.
 */
export function keptCodes(year: number, root = process.cwd()): string[] {
  return readdirSync(join(root, editionDir(year), CODES_FOLDER))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

/** SHA-256 of every file of an edition folder but its manifest, by path within the folder. */
export function checksums(root: string, dir: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
    // Files an operating system or editor leaves (.DS_Store, swap files) are no part of an edition.
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = join(entry.parentPath, entry.name).slice(join(root, dir).length + 1).split('\\').join('/');
    if (file !== MANIFEST_FILE) sums.set(file, createHash('sha256').update(readFileSync(join(root, dir, file))).digest('hex'));
  }
  return sums;
}

const shownAs = (options: ReadOptions, file: string) => options.displayPath?.(file) ?? file;

function readManifest(root: string, options: ReadOptions, errors: string[]): { manifest: Manifest; sums: Map<string, string> } | undefined {
  const { dir, currentEdition } = options;
  const path = `${dir}/${MANIFEST_FILE}`;
  const file = shownAs(options, path);
  let parsed;
  try {
    parsed = manifestSchema.safeParse(parseContentYaml(readFileSync(join(root, path), 'utf8')));
  } catch (error) {
    errors.push(`${file}: could not be read: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  if (!parsed.success) return void errors.push(...issueMessages(file, parsed.error));
  const { year } = parsed.data;
  if (year !== options.year) errors.push(`${file}: year ${year} does not match its folder (${options.year})`);
  if (year > currentEdition) errors.push(`${file}: year ${year} is after the ${currentEdition} edition (${CURRENT_EDITION_SOURCE})`);
  const sums = checksums(root, dir);
  errors.push(...changedFiles(dir, parsed.data.files, sums));
  return { manifest: parsed.data, sums };
}

function readCatalog<K extends CatalogName>(root: string, options: ReadOptions, name: K, errors: string[]): Map<string, { id: string; data: z.output<(typeof CATALOG_SCHEMAS)[K]> }> {
  const path = `${options.dir}/${CATALOG_FILES[name]}`;
  const file = shownAs(options, path);
  const entries = new Map();
  let yaml: unknown;
  try {
    yaml = parseContentYaml(readFileSync(join(root, path), 'utf8'));
  } catch (error) {
    errors.push(`${file}: could not be read: ${(error as Error).message.split('\n')[0]}`);
    return entries;
  }
  for (const [id, entry] of Object.entries(yaml ?? {})) {
    const parsed = CATALOG_SCHEMAS[name].safeParse(entry);
    if (parsed.success) entries.set(id, { id, data: parsed.data });
    else errors.push(...issueMessages(file, parsed.error, [id]));
  }
  return entries;
}

interface KeptSource {
  /** Relative to the project. */
  file: string;
  shown: string;
  body: string;
  frontmatter: Record<string, unknown>;
}

function readCodeSources(root: string, options: ReadOptions, errors: string[]): KeptSource[] {
  const folder = `${options.dir}/${CODES_FOLDER}`;
  if (!existsSync(join(root, folder))) {
    errors.push(`${shownAs(options, folder)}/: is missing; kept editions are read-only: restore it with "git checkout"`);
    return [];
  }
  const names = readdirSync(join(root, folder)).filter((name) => name.endsWith('.mdx'));
  return names.flatMap((name) => {
    const file = `${folder}/${name}`;
    const shown = shownAs(options, file);
    const split = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
    if (!split) {
      errors.push(`${shown}: has no frontmatter between "---" lines`);
      return [];
    }
    try {
      const frontmatter = parseContentYaml(split.frontmatter);
      if (!frontmatter || typeof frontmatter !== 'object') throw new Error('it is not a list of fields');
      return [{ file, shown, body: split.body, frontmatter: frontmatter as Record<string, unknown> }];
    } catch (error) {
      errors.push(`${shown}: frontmatter could not be read: ${(error as Error).message.split('\n')[0]}`);
      return [];
    }
  });
}

/** Checks in a kept edition beyond a live file's: a replacement must be in the edition, and every kept code live. */
function editionProblems(codes: readonly { shown: string; file: CodeFile }[], year: number, liveCodes: ReadonlySet<string>): string[] {
  const kept = new Set(codes.map((c) => c.file.data.code));
  return codes.flatMap(({ shown, file: { data } }) => [
    ...(data.deleted?.replacedBy ?? []).flatMap((code, i) =>
      kept.has(code) ? [] : [`${shown}: deleted.replacedBy[${i}] "${code}" is not in the ${year} edition; a kept page may only point to codes kept with it`],
    ),
    ...(liveCodes.has(data.code)
      ? []
      : [`${shown}: code "${data.code}" has no live page: restore ${CONTENT_DIR}/${CODES_FOLDER}/${data.code}.mdx (a deleted code keeps its file, with "deleted" set)`]),
  ]);
}

function readCatalogs(root: string, options: ReadOptions, errors: string[]) {
  return {
    modifiers: readCatalog(root, options, 'modifiers', errors),
    payers: readCatalog(root, options, 'payers', errors),
    families: readCatalog(root, options, 'families', errors),
    sites: readCatalog(root, options, 'sites', errors),
    glossary: readCatalog(root, options, 'glossary', errors),
  };
}
type Catalogs = ReturnType<typeof readCatalogs>;

/** What a kept edition's bodies are compiled against: its payer and glossary names, the live pages and terms. */
function bodyCatalogsOf(catalogs: Catalogs, options: ReadOptions): BodyCatalogs {
  return {
    payers: new Map([...catalogs.payers].map(([id, p]) => [id, p.data.name])),
    glossary: new Map([...catalogs.glossary].map(([id, t]) => [id, t.data.term])),
    hasPage: (code: string) => options.liveCodes.has(code),
    glossaryMarks: options.liveGlossaryMarks,
  };
}

/** Parses and checks every file of an edition but its manifest; any problem is added to `errors`. */
function checkEdition(root: string, options: ReadOptions, manifest: Manifest, sums: ReadonlyMap<string, string>, errors: string[]): CheckedEdition {
  const catalogs = readCatalogs(root, options, errors);
  const parsed = readCodeSources(root, options, errors).flatMap((source) => {
    const id = source.file.slice(source.file.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
    const result = plainIdCodeSchema.safeParse(migrateFrontmatter(source.frontmatter, manifest.schemaVersion));
    if (!result.success) {
      errors.push(...issueMessages(source.shown, result.error));
      return [];
    }
    return [{ ...source, source: source.file, file: { id, filePath: source.shown, data: result.data } }];
  });
  const known = Object.fromEntries((['families', 'sites', 'payers', 'modifiers'] as const).map((k) => [k, new Set(catalogs[k].keys())]));
  errors.push(...checkCatalog(parsed.map((p) => codeRecord(p.file)), known as never, shownAs(options, options.dir)));
  errors.push(...checkHistory(parsed.map((p) => codeRecord(p.file)), manifest.year, `the kept edition: year in ${shownAs(options, `${options.dir}/${MANIFEST_FILE}`)}`));
  errors.push(...editionProblems(parsed, manifest.year, options.liveCodes));
  errors.push(
    ...checkFamilyChoosers(
      [...catalogs.families.values()].map((f) => ({ id: f.id, chooser: f.data.chooser })),
      (family) => parsed.filter((p) => p.file.data.family.id === family).map((p) => p.file.data.code),
      shownAs(options, `${options.dir}/${CATALOG_FILES.families}`),
    ),
  );
  // Each body is compiled here only to be checked, and dropped: holding 10,000 compiled bodies per
  // edition ran the build out of memory; its page compiles it again when it renders (keptBody).
  const bodyCatalogs = bodyCatalogsOf(catalogs, options);
  const sameNames = options.liveBodiesChecked === true && sameBodyCatalogs(sums, root);
  const checkedLive = (code: string, body: string) => {
    const live = sameNames ? liveCodeFile(code, root) : undefined;
    return live !== undefined && bodyText(live) === body;
  };
  const written = new Map<string, WrittenDigests>();
  if (!errors.length) {
    for (const { file, body, shown } of parsed) {
      if (checkedLive(file.data.code, body)) continue;
      const { problems, rendered } = compileBody(body, file.data.code, bodyCatalogs);
      errors.push(...formatBodyProblems(shown, problems, body));
      if (rendered) written.set(file.data.code, writtenDigests(rendered));
    }
  }
  const codes = parsed
    .sort((a, b) => compareCodes(a.file.data.code, b.file.data.code))
    .map(({ file, source }) => ({ ...file, source, checksum: sums.get(source.slice(options.dir.length + 1))!, ...(written.has(file.data.code) && { written: written.get(file.data.code)! }) }));
  return { catalogs, codes };
}

/** What the stored editions are looked up by; undefined when the manifest cannot be read (readManifest says why). */
function editionFiles(root: string, options: ReadOptions): EditionFiles | undefined {
  const path = join(root, options.dir, MANIFEST_FILE);
  if (!existsSync(path)) return undefined;
  return { dir: options.dir, year: options.year, manifestText: readFileSync(path, 'utf8'), checksums: checksums(root, options.dir) };
}

/** One kept edition, checked: either the edition, or every problem found, each naming file and field. */
export function readKeptEdition(root: string, options: ReadOptions): { edition?: KeptEdition; errors: string[] } {
  // An edition stored by an earlier build from these very files passed every check then.
  const files = options.stored && editionFiles(root, options);
  const stored = files && options.stored?.read(files);
  if (stored) return { errors: [], edition: keptEdition(options, stored.manifest, files.checksums, stored.edition) };
  const errors: string[] = [];
  const read = readManifest(root, options, errors);
  if (!read) return { errors };
  const { manifest, sums } = read;
  const checked = checkEdition(root, options, manifest, sums, errors);
  if (errors.length) return { errors };
  if (files) options.stored?.write(files, manifest, checked);
  return { errors, edition: keptEdition(options, manifest, sums, checked) };
}

/** What each build derives from a checked edition: its relations and what its bodies compile against. */
function keptEdition(options: ReadOptions, manifest: Manifest, sums: ReadonlyMap<string, string>, { catalogs, codes }: CheckedEdition): KeptEdition {
  const bodyCatalogs = bodyCatalogsOf(catalogs, options);
  const relations = relationsOf(codes.map((c) => c.data), bodyCatalogs.hasPage);
  const catalog = { ...catalogs, relations } as FieldContext['catalog'];
  const byCode = new Map(codes.map((code) => [code.data.code, code]));
  return { ...manifest, dir: options.dir, codes: byCode, catalog, bodyCatalogs, checksums: sums };
}

/** A kept code's body, read from its file and compiled as its page renders; the build checked it already. */
export function keptBody(kept: KeptCode, edition: KeptEdition, root = process.cwd()): RenderedBody {
  const body = splitFrontmatter(readFileSync(join(root, kept.source), 'utf8'))?.body ?? '';
  const { problems, rendered } = compileBody(body, kept.data.code, edition.bodyCatalogs);
  if (!rendered) throw new Error(formatBodyProblems(kept.filePath, problems, body).join('\n'));
  return rendered;
}
