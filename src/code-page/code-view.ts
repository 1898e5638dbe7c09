import type { Catalog, CodeEntry } from '../catalog/catalog';
import type { RenderedBody } from '../bodies/render-body';
import { renderedBody } from '../bodies/stored-body';
import { keptBody, type KeptCode, type KeptEdition } from '../editions/kept-files';
import { CODE_FIELDS, type CodeView, type FieldContext } from '../schema/code-fields';
import type { CodeData } from '../schema/code-schema';
import { fieldView, filterValues } from '../schema/field-descriptors';
import type { FilterValues } from '../shared/search/filters';

export type { CodeView, ModifierRow } from '../schema/code-fields';
export type { CodeRef, RelatedRef } from '../catalog/relations';

export function codeView(entry: CodeEntry, catalog: Catalog): CodeView {
  return fieldView(CODE_FIELDS, entry.data, { code: entry.data.code, catalog });
}

/** Everything a code page renders, live or kept: the layout needs nothing else. */
export interface CodePageData {
  /** The file it was written from, for error messages. */
  filePath: string;
  /** The rendered body, section by section. */
  body: RenderedBody;
  view: CodeView;
  /** The values it records for each search filter. */
  filters: FilterValues;
}

function pageData(filePath: string, body: RenderedBody | undefined, data: CodeData, catalog: FieldContext['catalog']): CodePageData {
  if (body === undefined) throw new Error(`${filePath}: the body was not rendered while content was synced`);
  const ctx = { code: data.code, catalog };
  return { filePath, body, view: fieldView(CODE_FIELDS, data, ctx), filters: filterValues(CODE_FIELDS, data, ctx) };
}

export function livePage(entry: CodeEntry, catalog: Catalog): CodePageData {
  return pageData(entry.filePath ?? entry.id, renderedBody(entry.rendered), entry.data, catalog);
}

/** A kept page's view reads the edition's own catalog: names and relationships as they were kept. */
export function keptView(kept: KeptCode, edition: KeptEdition): CodeView {
  return fieldView(CODE_FIELDS, kept.data, { code: kept.data.code, catalog: edition.catalog });
}

/** A kept page, its body compiled now (kept bodies are not held in memory: src/editions/kept-files.ts). */
export function keptPage(kept: KeptCode, edition: KeptEdition): CodePageData {
  return pageData(kept.filePath, keptBody(kept, edition), kept.data, edition.catalog);
}
