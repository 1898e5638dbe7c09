import type { Catalog, CodeEntry } from './catalog';
import { CODE_FIELDS, type CodeView } from '../lib/code-fields';
import { fieldView } from '../lib/field-descriptors';

export type { CodeView, ModifierRow } from '../lib/code-fields';
export type { CodeRef, RelatedRef } from '../lib/relations';

export function codeView(entry: CodeEntry, catalog: Catalog): CodeView {
  return fieldView(CODE_FIELDS, entry.data, { code: entry.data.code, catalog });
}
