import { z } from 'zod';
import { CODE_FIELDS } from '../schema/code-fields';
import { exportShape } from '../schema/field-descriptors';
import { PAGE_PARTS_KEY } from '../shared/handout';

/** One code in the machine-readable export, from the code fields' export keys: a record of /api/codes.json. */
export const codeExportSchema = z.object(exportShape(CODE_FIELDS)).strict();

/**
 * The shape of /api/codes/<code>.json: the code's record in the list, plus PAGE_PARTS_KEY, the code
 * page's own markup of what a handout shows (src/handout/page-parts.ts). Only the per-code file
 * carries it: in the list it would weigh as much as every code page's text together.
 */
export const codeFileExportSchema = codeExportSchema.extend({ [PAGE_PARTS_KEY]: z.string().min(1) }).strict();

/** The shape of /api/codes.json: every code, in code order. */
export const codeListExportSchema = z
  .object({ version: z.literal(1), count: z.number().int(), codes: z.array(codeExportSchema) })
  .strict()
  .refine((d) => d.count === d.codes.length, { message: 'count must equal the number of codes', path: ['count'] });

export type CodeExport = z.infer<typeof codeExportSchema>;
export type CodeListExport = z.infer<typeof codeListExportSchema>;
export type CodeFileExport = z.infer<typeof codeFileExportSchema>;
