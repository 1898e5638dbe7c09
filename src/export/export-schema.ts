import { z } from 'zod';
import { CODE_FIELDS } from '../schema/code-fields';
import { exportShape } from '../schema/field-descriptors';

/** One code in the machine-readable export: the shape of /api/codes/<code>.json, from the code fields' export keys. */
export const codeExportSchema = z.object(exportShape(CODE_FIELDS)).strict();

/** The shape of /api/codes.json: every code, in code order. */
export const codeListExportSchema = z
  .object({ version: z.literal(1), count: z.number().int(), codes: z.array(codeExportSchema) })
  .strict()
  .refine((d) => d.count === d.codes.length, { message: 'count must equal the number of codes', path: ['count'] });

export type CodeExport = z.infer<typeof codeExportSchema>;
export type CodeListExport = z.infer<typeof codeListExportSchema>;
