/**
 * The filters a coder narrows search results by, declared with their code fields in
 * src/schema/code-fields.ts. Each key is a Pagefind filter name and a search page URL parameter;
 * values are content ids (stable), never display names (which get reworded).
 */
export interface FilterSpec {
  key: string;
  label: string;
}

export interface FilterOption {
  value: string;
  label: string;
}

export type FilterValues = Record<string, FilterOption[]>;

export const ADD_ON_OPTIONS = {
  yes: { value: 'yes', label: 'Add-on codes' },
  no: { value: 'no', label: 'Primary (not add-on) codes' },
} as const satisfies Record<string, FilterOption>;

export interface FilterGroup extends FilterSpec {
  options: FilterOption[];
}

/**
 * The filter groups a search page offers: every value at least one page carries, in first-seen
 * order, so the choices always come from the indexed content itself.
 */
export function filterGroups(specs: readonly FilterSpec[], pages: readonly FilterValues[]): FilterGroup[] {
  return specs.map(({ key, label }) => {
    const options = new Map<string, FilterOption>();
    for (const page of pages) for (const option of page[key] ?? []) if (!options.has(option.value)) options.set(option.value, option);
    return { key, label, options: [...options.values()] };
  });
}
