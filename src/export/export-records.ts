import type { Catalog, CodeEntry } from '../catalog/catalog';
import { codeView } from '../code-page/code-view';
import { CODE_FIELDS } from '../schema/code-fields';
import { codeExportSchema, codeListExportSchema, type CodeExport, type CodeListExport } from './export-schema';
import { exportRecord } from '../schema/field-descriptors';
import type { CodeRef } from '../catalog/relations';
import { absoluteUrl, codeUrl } from '../shared/urls';

/** A code's export record, built from the same view the page shows, and checked against the documented shape. */
function codeExport(entry: CodeEntry, catalog: Catalog, site: URL): CodeExport {
  const abs = (path: string) => absoluteUrl(path, site);
  const ref = (r: CodeRef) => ({ code: r.code, url: r.hasPage ? abs(codeUrl(r.code)) : null });
  return codeExportSchema.parse(exportRecord(CODE_FIELDS, codeView(entry, catalog), { abs, ref }));
}

export function codeListExport(catalog: Catalog, site: URL): CodeListExport {
  const codes = catalog.codes.map((entry) => codeExport(entry, catalog, site));
  return codeListExportSchema.parse({ version: 1, count: codes.length, codes });
}
