import { z } from 'zod';

const codeRef = z.object({
  code: z.string(),
  url: z.url().nullable().describe('The code page, or null when the code has no page yet.'),
});

/** One code in the machine-readable export: the shape of /api/codes/<code>.json. */
export const codeExportSchema = z
  .object({
    code: z.string(),
    url: z.url(),
    json: z.url(),
    title: z.string(),
    lead: z.string(),
    addOn: z.boolean(),
    family: z.object({ id: z.string(), name: z.string(), url: z.url() }).strict(),
    serviceType: z.string(),
    reportWith: z.array(codeRef),
    primaryService: z.string().nullable(),
    addOnCodes: z.array(codeRef),
    sites: z.array(z.string()),
    payers: z.array(z.string()),
    modifiers: z.array(
      z
        .object({ modifier: z.string(), name: z.string(), url: z.url(), whenToUse: z.string().nullable(), basis: z.enum(['source', 'general']) })
        .strict(),
    ),
    related: z.array(codeRef.extend({ note: z.string(), noteFrom: z.string() }).strict()),
    previousInFamily: z.string().nullable(),
    nextInFamily: z.string().nullable(),
    dataGaps: z.array(z.string()),
    lastReviewed: z.iso.date(),
  })
  .strict();

/** The shape of /api/codes.json: every code, in code order. */
export const codeListExportSchema = z
  .object({ version: z.literal(1), count: z.number().int(), codes: z.array(codeExportSchema) })
  .strict()
  .refine((d) => d.count === d.codes.length, { message: 'count must equal the number of codes', path: ['count'] });

export type CodeExport = z.infer<typeof codeExportSchema>;
export type CodeListExport = z.infer<typeof codeListExportSchema>;
