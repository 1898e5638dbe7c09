import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCatalog, formatContentErrors } from './catalog-checks';
import { compareCodes } from '../shared/codes';
import { codeRecord, relationsOf } from '../schema/code-schema';
import { CODES_FOLDER, CONTENT_DIR, contentFile } from '../schema/content-files';
import { checkFamilyChoosers } from '../choosers/chooser-checks';
import { checkHistory } from '../editions/history-checks';
import type { Relations } from './relations';
import { throwRefusedBodies } from '../bodies/refused-bodies';
import { currentEdition } from '../site/site-config';

export type CodeEntry = CollectionEntry<'codes'>;
export type Modifier = CollectionEntry<'modifiers'>;
export type Payer = CollectionEntry<'payers'>;
export type Family = CollectionEntry<'families'>;
export type Site = CollectionEntry<'sites'>;

export interface Catalog {
  codes: CodeEntry[];
  codeById: Map<string, CodeEntry>;
  modifiers: Map<string, Modifier>;
  payers: Map<string, Payer>;
  families: Map<string, Family>;
  sites: Map<string, Site>;
  relations: Relations;
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));

async function load(): Promise<Catalog> {
  const [codes, modifiers, payers, families, sites] = await Promise.all([
    getCollection('codes'),
    getCollection('modifiers'),
    getCollection('payers'),
    getCollection('families'),
    getCollection('sites'),
  ]);
  throwRefusedBodies(codes);

  const records = codes.map((e) => codeRecord({ id: e.id, filePath: e.filePath ?? `${CONTENT_DIR}/${CODES_FOLDER}/${e.id}.mdx`, data: e.data }));
  const errors = [
    ...checkCatalog(records, {
      families: new Set(families.map((f) => f.id)),
      sites: new Set(sites.map((s) => s.id)),
      payers: new Set(payers.map((p) => p.id)),
      modifiers: new Set(modifiers.map((m) => m.id)),
    }),
    ...checkHistory(records, currentEdition()),
    ...checkFamilyChoosers(
      families.map((f) => ({ id: f.id, chooser: f.data.chooser })),
      (family) => codes.filter((e) => e.data.family.id === family).map((e) => e.data.code).sort(compareCodes),
      contentFile('families'),
    ),
  ];
  if (errors.length) throw new Error(formatContentErrors(errors));

  const sorted = [...codes].sort((a, b) => compareCodes(a.data.code, b.data.code));
  return {
    codes: sorted,
    codeById: byId(sorted),
    modifiers: byId(modifiers),
    payers: byId(payers),
    families: byId(families),
    sites: byId(sites),
    relations: relationsOf(sorted.map((e) => e.data)),
  };
}

let cached: Promise<Catalog> | undefined;

/** The validated content, loaded once per build. Any content error stops the build here. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}
