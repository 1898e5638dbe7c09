import type { Catalog } from './catalog';
import { buildShards, isPrefixShaped, type DirectoryEntry } from '../lib/code-directory';
import { modifierSearchTitle } from '../lib/search-query';
import { codeUrl, modifierUrl } from '../lib/urls';

/** The search box's code directory, derived from the same catalog as the pages it points to. */
export function codeDirectory(catalog: Catalog): Map<string, DirectoryEntry[]> {
  const codes = catalog.codes.map(({ data }): DirectoryEntry => ({ url: codeUrl(data.code), code: data.code, title: data.title, lead: data.lead }));
  const modifiers = [...catalog.modifiers.values()]
    .filter((modifier) => isPrefixShaped(modifier.id))
    .map(({ id, data }): DirectoryEntry => ({ url: modifierUrl(id), modifier: id, title: modifierSearchTitle(id, data.name), lead: data.description }));
  return buildShards([...codes, ...modifiers]);
}
