import type { Catalog, CodeEntry } from './catalog';
import { codeView } from './code-view';
import { codeExportSchema, codeListExportSchema, type CodeExport, type CodeListExport } from '../lib/code-export';
import type { CodeRef } from '../lib/relations';
import { absoluteUrl, codeJsonUrl, codeUrl, familyUrl, modifierUrl } from '../lib/urls';

/** A code's export record, built from the same view the page shows, and checked against the documented shape. */
export function codeExport(entry: CodeEntry, catalog: Catalog, site: URL): CodeExport {
  const view = codeView(entry, catalog);
  const abs = (path: string) => absoluteUrl(path, site);
  const ref = (r: CodeRef) => ({ code: r.code, url: r.hasPage ? abs(codeUrl(r.code)) : null });
  return codeExportSchema.parse({
    code: view.code,
    url: abs(codeUrl(view.code)),
    json: abs(codeJsonUrl(view.code)),
    title: view.title,
    lead: view.lead,
    addOn: view.addOn,
    family: { ...view.family, url: abs(familyUrl(view.family.id)) },
    serviceType: view.serviceType,
    reportWith: view.reportWith.map(ref),
    primaryService: view.primaryService ?? null,
    addOnCodes: view.addOns.map(ref),
    sites: view.sites,
    payers: view.payers,
    modifiers: view.modifiers.map((m) => ({ modifier: m.id, name: m.name, url: abs(modifierUrl(m.id)), whenToUse: m.whenToUse ?? null, basis: m.basis })),
    related: view.related.map((r) => ({ ...ref(r), note: r.note, noteFrom: r.noteFrom })),
    previousInFamily: view.familyNeighbours.previous ?? null,
    nextInFamily: view.familyNeighbours.next ?? null,
    dataGaps: view.dataGaps,
    lastReviewed: view.lastReviewed.toISOString().slice(0, 10),
  });
}

export function codeListExport(catalog: Catalog, site: URL): CodeListExport {
  const codes = catalog.codes.map((entry) => codeExport(entry, catalog, site));
  return codeListExportSchema.parse({ version: 1, count: codes.length, codes });
}
