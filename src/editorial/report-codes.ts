import { CODE_FIELDS } from '../schema/code-fields';
import { parseContentYaml, plainIdCodeSchema } from '../schema/code-schema';
import { splitFrontmatter } from '../schema/content-files';
import { fieldReferences, type CollectionName } from '../schema/field-descriptors';
import { issueMessages } from '../schema/field-path';
import type { ReportCode } from './content-report';

/**
 * A code file as the report reads it: through the build's own schema, with its lists taken from
 * what the field list says each field points at, so a field added to the list reaches the report
 * too. A file the schema refuses comes back as the messages the build would give.
 */
export function readReportCode(file: string, text: string): ReportCode | { refused: string[] } {
  const split = splitFrontmatter(text);
  let frontmatter: unknown;
  try {
    frontmatter = parseContentYaml(split?.frontmatter ?? '');
  } catch (error) {
    return { refused: [`${file}: frontmatter is not valid YAML: ${(error as Error).message}`] };
  }
  const parsed = plainIdCodeSchema.safeParse(frontmatter);
  if (!parsed.success) return { refused: issueMessages(file, parsed.error) };
  const data = parsed.data;
  const references = fieldReferences(CODE_FIELDS, data);
  const ids = (catalog: CollectionName) => references.flatMap((ref) => ('catalog' in ref && ref.catalog === catalog ? ref.ids : []));
  return {
    file,
    code: data.code,
    lastReviewed: data.lastReviewed,
    dataGaps: data.dataGaps,
    payers: ids('payers'),
    sites: ids('sites'),
    modifiers: ids('modifiers'),
    references: references.flatMap((ref) => ('codes' in ref ? ref.codes : [])),
    related: data.related.map((r) => r.code),
    body: split?.body ?? '',
  };
}
