import type { Catalog, CodeEntry } from '../catalog/catalog';
import { buildShards, isPrefixShaped, suggestionLead, type DirectoryEntry } from '../shared/search/code-directory';
import { modifierSearchTitle } from '../shared/search/presentation';

/** A deleted code is still found (old links and notes name it), but its suggestion says so first. */
function withDeletion({ lead, deleted }: CodeEntry['data']): string {
  if (!deleted) return lead;
  const replaced = deleted.replacedBy.length ? `; replaced by ${deleted.replacedBy.join(', ')}` : '';
  return `Deleted from CPT in ${deleted.year}${replaced}. ${lead}`;
}

/** What the search box suggests for each code and prefix-shaped modifier, from the same catalog as the pages it points to. */
export function directoryEntries(catalog: Catalog): DirectoryEntry[] {
  const codes = catalog.codes.map(({ data }): DirectoryEntry => ({ code: data.code, title: data.title, lead: suggestionLead(withDeletion(data)) }));
  const modifiers = [...catalog.modifiers.values()]
    .filter((modifier) => isPrefixShaped(modifier.id))
    .map(({ id, data }): DirectoryEntry => ({ modifier: id, title: modifierSearchTitle(id, data.name), lead: suggestionLead(data.description) }));
  return [...codes, ...modifiers];
}

/** The search box's code directory. */
export function codeDirectory(catalog: Catalog): Map<string, DirectoryEntry[]> {
  return buildShards(directoryEntries(catalog));
}
