import { join } from 'node:path';
import { getCatalog, type Catalog } from '../catalog/catalog';
import { livePage } from '../code-page/code-view';
import type { KeptCode, KeptEdition } from '../editions/kept-editions';
import { getOwnPages, type OwnPages } from '../editions/same-as-live';
import { currentEdition } from '../site/site-config';
import { checkedEntry, entryList } from './cache-entries';
import { indexSplit } from './index-split';
import { indexEntries, isStaticBuild, namespaceFolder, pageEntries, writePlan, type KeptPlan } from './kept-plan';
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

/** The edition's codes whose pinned page is a page of its own. */
const ownCodes = (edition: KeptEdition, own: OwnPages): KeptCode[] => [...edition.codes.values()].filter((kept) => own.get(edition.year)!.has(kept.data.code));

/**
 * What a pinned page reads of its live page: the banner compares the two (the live page's view and
 * its sections as written), and the share links give the live page's title and review date.
 */
function liveInputs(code: string, catalog: Catalog): unknown {
  const live = livePage(catalog.codeById.get(code)!, catalog);
  return { view: live.view, written: live.body.sections.map((section) => [section.id, section.written]) };
}

/**
 * The codes the edition's cached search index holds, read from its entry without checking it: the
 * search index step checks the entry before it restores it, and builds those codes' index again
 * when it is damaged.
 */
function heldCodes(namespace: string, year: number, indexKey: string): string[] | undefined {
  try {
    return entryList(join(indexEntries(namespace, year), indexKey)).holds;
  } catch {
    return undefined;
  }
}

interface BuildPlan {
  plan: KeptPlan;
  render: KeptPageToRender[];
}

async function planBuild(editions: readonly KeptEdition[], namespace: string): Promise<BuildPlan> {
  const own = await getOwnPages();
  const catalog = await getCatalog();
  const liveCodes = [...catalog.codeById.keys()].sort();
  const plan: KeptPlan = { editions: [] };
  const render: KeptPageToRender[] = [];
  for (const edition of editions) {
    const pagesKey = editionKey(edition, editions, liveCodes);
    const pages: KeptPlan['editions'][number]['pages'] = [];
    for (const kept of ownCodes(edition, own)) {
      const key = stableHash({ edition: pagesKey, code: kept.data.code, live: liveInputs(kept.data.code, catalog) });
      const cached = checkedEntry(join(pageEntries(namespace), key)) !== undefined;
      pages.push({ code: kept.data.code, key, cached });
      if (!cached) render.push({ kept, edition });
    }
    // Which codes the edition's index holds is not in its key: the entry says (heldCodes).
    const indexKey = stableHash({ index: pagesKey });
    const { indexed, added } = indexSplit([...own.get(edition.year)!].sort(), heldCodes(namespace, edition.year, indexKey));
    plan.editions.push({ year: edition.year, indexKey, indexed, added, addedKey: stableHash({ index: pagesKey, added }), pages });
  }
  writePlan(namespace, plan);
  return { plan, render };
}

let staticBuildPlan: Promise<BuildPlan> | undefined;

/** The plan of this static build with the cache on, made once: the pinned pages' routes and the editions' differences read it. */
function buildPlan(editions: readonly KeptEdition[]): Promise<BuildPlan> | undefined {
  const namespace = namespaceFolder();
  if (!isStaticBuild() || !namespace) return undefined;
  staticBuildPlan ??= planBuild(editions, namespace);
  return staticBuildPlan;
}

/**
 * The pinned pages this build must render: the pages of their own (a code that reads as its live
 * page forwards there: src/editions/same-as-live.ts) with no whole cache entry under their key. The
 * others are copied from the cache after the build (src/kept-cache/kept-cache-integration.ts).
 * With the cache off, or outside `astro build` (the dev server renders every page it is asked for), every page.
 */
export async function keptPagesToRender(editions: readonly KeptEdition[]): Promise<KeptPageToRender[]> {
  const planned = buildPlan(editions);
  if (planned) return (await planned).render;
  const own = await getOwnPages();
  return editions.flatMap((edition) => ownCodes(edition, own).map((kept) => ({ kept, edition })));
}

/** The years of the kept editions whose search has an added index beside its main one (src/kept-cache/index-split.ts). */
export async function editionsWithAddedIndex(editions: readonly KeptEdition[]): Promise<ReadonlySet<number>> {
  const planned = buildPlan(editions);
  const plan = planned && (await planned).plan;
  return new Set(plan?.editions.filter((edition) => edition.added.length).map((edition) => edition.year));
}
