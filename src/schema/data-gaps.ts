/**
 * Kinds of data the source documents say they do not have. A code page lists the ones that apply,
 * so a coder sees "not available" instead of a guess.
 */
export const DATA_GAPS = {
  'payer-rates': 'Payer-specific payment rates',
  taxonomies: 'Associated provider taxonomies',
  icd10: 'ICD-10-CM diagnosis pairings',
  'related-codes': 'Related codes named by the source',
  'sites-of-service': 'Typical sites of service',
  payers: 'Payers whose policies the source reviews',
  modifiers: 'Code-specific modifier guidance',
} as const;

export type DataGap = keyof typeof DATA_GAPS;

export const DATA_GAP_IDS = Object.keys(DATA_GAPS) as [DataGap, ...DataGap[]];
