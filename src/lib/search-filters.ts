/**
 * The filters a coder narrows search results by. Each key is a Pagefind filter name and a search
 * page URL parameter; values are content ids (stable), never display names (which get reworded).
 */
export const SEARCH_FILTERS = [
  { key: 'family', label: 'Code family' },
  { key: 'addon', label: 'Add-on code' },
  { key: 'site', label: 'Site of service' },
  { key: 'payer', label: 'Payer' },
  { key: 'modifier', label: 'Modifier' },
] as const;

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export const FILTER_KEYS: readonly FilterKey[] = SEARCH_FILTERS.map((filter) => filter.key);

export interface FilterOption {
  value: string;
  label: string;
}

export type FilterValues = Record<FilterKey, FilterOption[]>;

export const ADD_ON_OPTIONS = {
  yes: { value: 'yes', label: 'Add-on codes' },
  no: { value: 'no', label: 'Primary (not add-on) codes' },
} as const satisfies Record<string, FilterOption>;

export interface FilterGroup {
  key: FilterKey;
  label: string;
  options: FilterOption[];
}

/**
 * The filter groups a search page offers: every value at least one page carries, in first-seen
 * order, so the choices always come from the indexed content itself.
 */
export function filterGroups(pages: readonly FilterValues[]): FilterGroup[] {
  return SEARCH_FILTERS.map(({ key, label }) => {
    const options = new Map<string, FilterOption>();
    for (const page of pages) for (const option of page[key]) if (!options.has(option.value)) options.set(option.value, option);
    return { key, label, options: [...options.values()] };
  });
}
