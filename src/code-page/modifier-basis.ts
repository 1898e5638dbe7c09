import type { ModifierRow } from '../schema/code-fields';

/** Where a modifier row comes from, as the modifier table and the compare page say it. */
export const MODIFIER_BASIS_LABEL: Record<ModifierRow['basis'], string> = {
  source: 'From the source documents',
  general: 'General CPT guidance, not from the source',
};
