import { compileBody } from '../../src/bodies/compile-body';
import { bodyCatalogs } from './content';

/** The sections every body must have, so a test adds only what it is about. */
export const SECTIONS = '## Overview\n\nText.\n\n## Billing overview\n\nText.\n\n## Clinical scenario\n\nText.\n';

export const compileWithSections = (extra: string) => compileBody(`${SECTIONS}\n${extra}\n`, '37249', bodyCatalogs());

/** Each problem with `extra` appended to a valid body, as "line N: message". */
export const problemsWith = (extra: string) => compileWithSections(extra).problems.map((p) => `line ${p.line}: ${p.message}`);

/** The HTML `extra` renders to, appended to the last section of a valid body. */
export function renderedWith(extra: string): string {
  const { rendered, problems } = compileWithSections(extra);
  if (!rendered) throw new Error(problems.map((p) => p.message).join('\n'));
  return rendered.sections.at(-1)!.html;
}
