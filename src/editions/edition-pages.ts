import { getCatalog } from '../catalog/catalog';
import { codeView, type CodeView } from '../code-page/code-view';
import { getKeptEditions } from './kept-editions';
import { currentEdition, siteConfig } from '../site/site-config';
import { atomXml } from './atom';
import { changeFeed } from './change-feed';
import { editionChanges, type EditionChanges } from './edition-changes';
import { absoluteUrl } from '../shared/urls';

let views: Promise<CodeView[]> | undefined;

/** Every code's view in code order: the same the code pages show, made once for change pages and feed. */
function codeViews(): Promise<CodeView[]> {
  views ??= getCatalog().then((catalog) => catalog.codes.map((entry) => codeView(entry, catalog)));
  return views;
}

/** What each CPT edition changed among the site's codes, newest first; `current` is cpt_edition. */
export async function getEditions(): Promise<{ current: number; editions: EditionChanges[] }> {
  const current = currentEdition();
  const kept = (await getKeptEditions()).map((edition) => edition.year);
  return { current, editions: editionChanges(await codeViews(), current, kept) };
}

/** The Atom feed of changes for the site being built (`origin`: the configured public origin). */
export async function changeFeedXml(origin: URL): Promise<string> {
  const { name, organisation, cpt_notice } = siteConfig();
  const site = { name, organisation, notice: cpt_notice, abs: (path: string) => absoluteUrl(path, origin) };
  return atomXml(changeFeed(site, (await getEditions()).editions, await codeViews()));
}
