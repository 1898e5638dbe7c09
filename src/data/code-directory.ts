import type { Catalog, CodeEntry } from './catalog';
import { buildShards, isPrefixShaped, type DirectoryEntry } from '../lib/code-directory';
import { modifierSearchTitle } from '../lib/search-presentation';
import { codeUrl, modifierUrl } from '../lib/urls';

/** A deleted code is still found (old links and notes name it), but its suggestion says so first. */
function withDeletion({ lead, deleted }: CodeEntry['data']): string {
  if (!deleted) return lead;
  const replaced = deleted.replacedBy.length ? `; replaced by ${deleted.replacedBy.join(', ')}` : '';
  return `Deleted from CPT in ${deleted.year}${replaced}. ${lead}`;
}

/** The search box's code directory, derived from the same catalog as the pages it points to. */
export function codeDirectory(catalog: Catalog): Map<string, DirectoryEntry[]> {
  const codes = catalog.codes.map(({ data }): DirectoryEntry => ({ url: codeUrl(data.code), code: data.code, title: data.title, lead: withDeletion(data) }));
  const modifiers = [...catalog.modifiers.values()]
    .filter((modifier) => isPrefixShaped(modifier.id))
    .map(({ id, data }): DirectoryEntry => ({ url: modifierUrl(id), modifier: id, title: modifierSearchTitle(id, data.name), lead: data.description }));
  return buildShards([...codes, ...modifiers]);
}
