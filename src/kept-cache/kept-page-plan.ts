import { join } from 'node:path';
import { keptCodePageProps } from '../code-page/code-page-props';
import type { KeptCode, KeptEdition } from '../editions/kept-editions';
import { siteConfig } from '../site/site-config';
import { checkedEntry } from './cache-entries';
import { isStaticBuild, namespaceFolder, pageEntries, writePlan, type KeptPlan } from './kept-plan';
import { stableHash } from './stable-hash';

export interface KeptPageToRender {
  kept: KeptCode;
  edition: KeptEdition;
}

/**
 * A pinned page's keys. The page key is everything the page is rendered from (its props: the kept
 * code, its edition's catalog, and what it reads of the live site: the banner's comparison with the
 * current page, the current page's title and review date); with the namespace (code and
 * configuration), it is all the page depends on. The index part leaves out what the search index
 * never reads (the banner and share links are data-pagefind-ignore), so editing a live page
 * re-renders its pinned copies but keeps each edition's index.
 */
async function pageKeys(kept: KeptCode, edition: KeptEdition, site: URL): Promise<{ key: string; indexed: string }> {
  const props = await keptCodePageProps(kept, edition, site);
  return {
    key: stableHash({ year: edition.year, props }),
    indexed: stableHash({ year: edition.year, keptOn: edition.keptOn, page: props.page, pinned: props.share.pinned }),
  };
}

/**
 * The pinned pages this build must render: those with no whole cache entry under their key. The
 * others are copied from the cache after the build (src/kept-cache/kept-cache-integration.ts).
 * With the cache off, or outside `astro build` (the dev server renders every page it is asked for), every page.
 */
export async function keptPagesToRender(editions: readonly KeptEdition[]): Promise<KeptPageToRender[]> {
  const all = editions.flatMap((edition) => [...edition.codes.values()].map((kept) => ({ kept, edition })));
  const namespace = namespaceFolder();
  if (!isStaticBuild() || !namespace) return all;
  const site = new URL(siteConfig().url);
  const plan: KeptPlan = { editions: [] };
  const render: KeptPageToRender[] = [];
  for (const edition of editions) {
    const pages: KeptPlan['editions'][number]['pages'] = [];
    const indexed: string[] = [];
    for (const kept of edition.codes.values()) {
      const keys = await pageKeys(kept, edition, site);
      const cached = checkedEntry(join(pageEntries(namespace), keys.key)) !== undefined;
      pages.push({ code: kept.data.code, key: keys.key, cached });
      indexed.push(keys.indexed);
      if (!cached) render.push({ kept, edition });
    }
    plan.editions.push({ year: edition.year, indexKey: stableHash(indexed), pages });
  }
  writePlan(namespace, plan);
  return render;
}
