import { getCatalog } from '../catalog/catalog';
import { keptYears, readKeptEdition, type KeptEdition } from './kept-files';
import { currentEdition } from '../site/site-config';
import { formatContentErrors } from '../catalog/catalog-checks';
import { editionDir } from './edition-manifest';
import { getGlossary } from '../glossary/glossary-collection';
import { glossaryMarks } from '../glossary/glossary-markup';
import { storedEditions } from '../kept-cache/stored-editions';

export type { KeptCode, KeptEdition } from './kept-files';

async function load(): Promise<KeptEdition[]> {
  const catalog = await getCatalog();
  const liveCodes = new Set(catalog.codeById.keys());
  const liveGlossaryMarks = glossaryMarks(await getGlossary());
  const root = process.cwd();
  const stored = storedEditions(liveCodes, liveGlossaryMarks, currentEdition());
  const read = keptYears(root).map((year) =>
    readKeptEdition(root, { dir: editionDir(year), year, currentEdition: currentEdition(), liveCodes, liveGlossaryMarks, stored, liveBodiesChecked: true }),
  );
  const errors = read.flatMap((r) => r.errors);
  if (errors.length) throw new Error(formatContentErrors(errors));
  return read.map((r) => r.edition!);
}

let cached: Promise<KeptEdition[]> | undefined;

/** Every kept edition, oldest first, checked once per build; any problem stops the build here. */
export function getKeptEditions(): Promise<KeptEdition[]> {
  cached ??= load();
  return cached;
}

/** The newest kept edition that holds a code: the one its pages offer a pinned link to. */
export async function latestKeptWith(code: string): Promise<KeptEdition | undefined> {
  return (await getKeptEditions()).findLast((edition) => edition.codes.has(code));
}
