import { join } from 'node:path';
import { getCatalog, type Catalog } from '../catalog/catalog';
import { codeView, keptPage, keptView, livePage, type CodeView } from '../code-page/code-view';
import { bodyText, liveCodeFile, readCodeFile, sameBodyCatalogs } from './live-files';
import { changedSections, sameWritten, writtenDigests } from './section-changes';
import { IN_EDITION_FILTER, SAME_IN_EDITION_FILTER } from '../shared/search/edition-filters';
import type { FilterValues } from '../shared/search/filters';
import { getKeptEditions, type KeptCode, type KeptEdition } from './kept-editions';

/**
 * A kept code whose page would read exactly as its live page forwards there instead of being a
 * second copy (a file a code where a copy is 29 KB: issue 24, the hosts' file and byte limits).
 * The day the live page changes, the comparison fails and the edition's own page is built again,
 * so a pinned address always shows that edition's text.
 */

/** A live code's side of the comparison, read and worked out once for all the editions that hold it. */
interface LiveSide {
  view: CodeView;
  /** Its file's checksum and body; none when the code has no live file. */
  file: { checksum: string; body: string } | undefined;
}

function liveSides(catalog: Catalog, root: string): (code: string) => LiveSide {
  const sides = new Map<string, LiveSide>();
  return (code) => {
    let side = sides.get(code);
    if (!side) {
      const file = liveCodeFile(code, root);
      side = { view: codeView(catalog.codeById.get(code)!, catalog), file: file ? readCodeFile(file) : undefined };
      sides.set(code, side);
    }
    return side;
  };
}

/**
 * Same text: every part the banner compares (src/editions/section-changes.ts) is the same, and the
 * code is not deleted on one side only. The bodies are compared as written when they are compiled
 * against the same names, which needs no compiling (a kept file that is the live file byte for
 * byte, as its checksum tells, needs no reading either); otherwise they are compiled and compared.
 */
function readsAsLive(kept: KeptCode, edition: KeptEdition, catalog: Catalog, sameCatalogs: boolean, root: string, live: LiveSide): boolean {
  const noBody = { sections: [] };
  if (changedSections({ body: noBody, view: keptView(kept, edition) }, { body: noBody, view: live.view }).length) return false;
  if (sameCatalogs && live.file && (kept.checksum === live.file.checksum || bodyText(join(root, kept.source)) === live.file.body)) return true;
  const livePageNow = livePage(catalog.codeById.get(kept.data.code)!, catalog);
  // The views are the same (above): only the bodies can differ. Digested when the edition was checked, or compiled now.
  if (kept.written) return sameWritten(kept.written, writtenDigests(livePageNow.body));
  const page = keptPage(kept, edition);
  return changedSections({ body: page.body, view: page.view }, { body: livePageNow.body, view: livePageNow.view }).length === 0;
}

/** For each kept edition's year, the codes whose page is a page of its own: those not read as live. */
export type OwnPages = ReadonlyMap<number, ReadonlySet<string>>;

async function findOwnPages(): Promise<OwnPages> {
  const catalog = await getCatalog();
  const root = process.cwd();
  const started = performance.now();
  const own = new Map<number, Set<string>>();
  const liveSide = liveSides(catalog, root);
  for (const edition of await getKeptEditions()) {
    const sameCatalogs = sameBodyCatalogs(edition.checksums, root);
    const codes = [...edition.codes.values()].filter((kept) => !readsAsLive(kept, edition, catalog, sameCatalogs, root, liveSide(kept.data.code)));
    own.set(edition.year, new Set(codes.map((kept) => kept.data.code)));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (own.size) console.log(`kept editions: ${[...own].map(([year, codes]) => `${year}, ${codes.size} page(s) of their own`).join('; ')} (compared with the live pages in ${seconds} s)`);
  return own;
}

let cached: Promise<OwnPages> | undefined;

/** Decided once per build: the pinned routes, the live pages' search fields and the edition lists read it. */
export function getOwnPages(): Promise<OwnPages> {
  cached ??= findOwnPages();
  return cached;
}

/** The live page's search filters that place it in the kept editions' searches (IN_EDITION_FILTER). */
export async function editionFilters(code: string): Promise<FilterValues> {
  const own = await getOwnPages();
  const holding = (await getKeptEditions()).filter((edition) => edition.codes.has(code));
  const values = (editions: readonly KeptEdition[]) => editions.map((edition) => ({ value: String(edition.year), label: String(edition.year) }));
  if (!holding.length) return {};
  return {
    [IN_EDITION_FILTER]: values(holding),
    [SAME_IN_EDITION_FILTER]: values(holding.filter((edition) => !own.get(edition.year)!.has(code))),
  };
}
