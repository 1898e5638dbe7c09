/** Looks up an entry that the catalog checks have already proven to exist. */
export function must<T>(map: ReadonlyMap<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`internal: "${id}" missing after catalog checks`);
  return found;
}
