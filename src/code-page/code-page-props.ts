import { getCatalog, type CodeEntry } from '../catalog/catalog';
import { keptPage, keptView, livePage, type CodePageData, type CodeView } from './code-view';
import { latestKeptWith, type KeptCode, type KeptEdition } from '../editions/kept-editions';
import type { ShareTarget } from './citation';
import { changedSections } from '../editions/section-changes';
import { editionFilters } from '../editions/same-as-live';
import type { Section } from './sections';
import { absoluteUrl, codeUrl, pinnedCodeUrl } from '../shared/urls';

/** What src/layouts/CodePage.astro renders, for a live page or a kept edition's. */
export interface CodePageProps {
  page: CodePageData;
  share: { live: ShareTarget; pinned?: ShareTarget | undefined };
  kept?: { year: number; keptOn: Date; changed: readonly Section[]; deletedSince: number | undefined } | undefined;
}

const shareTarget = (view: CodeView, href: string, site: URL, edition?: KeptEdition): ShareTarget => ({
  code: view.code,
  title: view.title,
  lastReviewed: view.lastReviewed,
  url: absoluteUrl(href, site),
  href,
  edition: edition && { year: edition.year, keptOn: edition.keptOn },
});

function pinnedTarget(kept: KeptCode, edition: KeptEdition, site: URL): ShareTarget {
  return shareTarget(keptView(kept, edition), pinnedCodeUrl(edition.year, kept.data.code), site, edition);
}

/** One route per live code (its code page), each given its content entry. */
export async function liveCodePaths(): Promise<{ params: { code: string }; props: { entry: CodeEntry } }[]> {
  const catalog = await getCatalog();
  return catalog.codes.map((entry) => ({ params: { code: entry.data.code }, props: { entry } }));
}

export async function liveCodePageProps(entry: CodeEntry, site: URL): Promise<CodePageProps> {
  const rendered = livePage(entry, await getCatalog());
  const page = { ...rendered, filters: { ...rendered.filters, ...(await editionFilters(rendered.view.code)) } };
  const edition = await latestKeptWith(page.view.code);
  const pinned = edition && pinnedTarget(edition.codes.get(page.view.code)!, edition, site);
  return { page, share: { live: shareTarget(page.view, codeUrl(page.view.code), site), pinned } };
}

export async function keptCodePageProps(kept: KeptCode, edition: KeptEdition, site: URL): Promise<CodePageProps> {
  const catalog = await getCatalog();
  const code = kept.data.code;
  const page = keptPage(kept, edition);
  const live = livePage(catalog.codeById.get(code)!, catalog);
  const changed = changedSections({ body: page.body, view: page.view }, { body: live.body, view: live.view });
  return {
    page,
    share: { live: shareTarget(live.view, codeUrl(code), site), pinned: pinnedTarget(kept, edition, site) },
    kept: { year: edition.year, keptOn: edition.keptOn, changed, deletedSince: page.view.deleted ? undefined : live.view.deleted?.year },
  };
}
