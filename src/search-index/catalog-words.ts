import type { Catalog } from '../catalog/catalog';
import { indexedWords } from './indexed-words';
import { CODE_FIELDS } from '../schema/code-fields';
import { fieldSearchText } from '../schema/field-descriptors';
import { bodyHtmlParts, renderedBody } from '../bodies/stored-body';

/**
 * The words of everything the search index holds (code pages, family and modifier pages), from
 * the same catalog the pages are rendered from.
 */
export function catalogWords(catalog: Catalog): string[] {
  const texts = function* () {
    for (const { data, rendered } of catalog.codes) {
      yield* fieldSearchText(CODE_FIELDS, data);
      const body = renderedBody(rendered);
      for (const html of body ? bodyHtmlParts(body) : []) yield html.replace(/<[^>]*>/g, ' ');
    }
    for (const { data } of catalog.families.values()) yield `${data.name} ${data.description}`;
    for (const { data } of catalog.modifiers.values()) yield `${data.name} ${data.description}`;
    for (const { data } of catalog.sites.values()) yield data.name;
    for (const { data } of catalog.payers.values()) yield data.name;
  };
  return indexedWords(texts());
}
