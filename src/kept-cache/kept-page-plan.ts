import { join } from 'node:path';
import { getCatalog, type Catalog } from '../catalog/catalog';
import { livePage } from '../code-page/code-view';
import type { KeptCode, KeptEdition } from '../editions/kept-editions';
import { getOwnPages } from '../editions/same-as-live';
import { currentEdition } from '../site/site-config';
import { checkedEntry } from './cache-entries';
import { isStaticBuild, namespaceFolder, pageEntries, writePlan, type KeptPlan } from './kept-plan';
import { stableHash } from './stable-hash';

export interface KeptPageToRender {
  kept: KeptCode;
  edition: KeptEdition;
}

/**
 * What every page of an edition is made from, read without compiling a body: the manifest (year,
 * date kept, schema version) and each kept file's checksum, which the build has just checked
 * against the files; what its bodies and relations read of the live site (which codes have a live
 * page, the glossary's forms); and which editions exist. It is also the key of the edition's search
 * index, which reads nothing else. A change to one kept file renders its whole edition again:
 * kept files change only when a schema change rewrites them, and a code's relations read the others.
 */
function editionKey(edition: KeptEdition, editions: readonly KeptEdition[], liveCodes: readonly string[]): string {
  const { year, keptOn, schemaVersion, checksums, bodyCatalogs } = edition;
  return stableHash({
    year,
    keptOn,
    schemaVersion,
    files: [...checksums].sort(([a], [b]) => a.localeCompare(b)),
    liveCodes,
    glossaryMarks: bodyCatalogs.glossaryMarks,
    editions: editions.map((e) => e.year),
    currentEdition: currentEdition(),
  });
}

/**
 * What a pinned page reads of its live page: the banner compares the two (the live page's view and
 * its sections as written), and the share links give the live page's title and review date.
 */
function liveInputs(code: string, catalog: Catalog): unknown {
  const live = livePage(catalog.codeById.get(code)!, catalog);
  return { view: live.view, written: live.body.sections.map((section) => [section.id, section.written]) };
}

/**
 * The pinned pages this build must render: the pages of their own (a code that reads as its live
 * page forwards there: src/editions/same-as-live.ts) with no whole cache entry under their key. The
 * others are copied from the cache after the build (src/kept-cache/kept-cache-integration.ts).
 * With the cache off, or outside `astro build` (the dev server renders every page it is asked for), every page.
 */
export async function keptPagesToRender(editions: readonly KeptEdition[]): Promise<KeptPageToRender[]> {
  const own = await getOwnPages();
  const ownCodes = (edition: KeptEdition) => [...edition.codes.values()].filter((kept) => own.get(edition.year)!.has(kept.data.code));
  const all = editions.flatMap((edition) => ownCodes(edition).map((kept) => ({ kept, edition })));
  const namespace = namespaceFolder();
  if (!isStaticBuild() || !namespace) return all;
  const catalog = await getCatalog();
  const liveCodes = [...catalog.codeById.keys()].sort();
  const plan: KeptPlan = { editions: [] };
  const render: KeptPageToRender[] = [];
  for (const edition of editions) {
    // The edition's index holds its own pages only: which codes those are is part of its key.
    const pagesKey = editionKey(edition, editions, liveCodes);
    const indexKey = stableHash({ pages: pagesKey, own: [...own.get(edition.year)!].sort() });
    const pages: KeptPlan['editions'][number]['pages'] = [];
    for (const kept of ownCodes(edition)) {
      const key = stableHash({ edition: pagesKey, code: kept.data.code, live: liveInputs(kept.data.code, catalog) });
      const cached = checkedEntry(join(pageEntries(namespace), key)) !== undefined;
      pages.push({ code: kept.data.code, key, cached });
      if (!cached) render.push({ kept, edition });
    }
    plan.editions.push({ year: edition.year, indexKey, pages });
  }
  writePlan(namespace, plan);
  return render;
}
