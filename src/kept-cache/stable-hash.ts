import { createHash, type Hash } from 'node:crypto';

/**
 * SHA-256 of a value's content, the same for equal values in any run: object keys in sorted order,
 * Maps, Sets, Dates and URLs by what they hold. A value it cannot read (a function, a class instance)
 * throws rather than being skipped, so a cache key never silently leaves out what a page shows.
 */
export function stableHash(value: unknown): string {
  const hash = createHash('sha256');
  feed(hash, value, new Set());
  return hash.digest('hex');
}

function feedAll(hash: Hash, open: string, items: Iterable<unknown>, seen: Set<object>) {
  hash.update(open);
  for (const item of items) feed(hash, item, seen);
  hash.update(']');
}

function feed(hash: Hash, value: unknown, seen: Set<object>): void {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new Error(`stableHash: cannot read a ${typeof value}`);
  }
  if (value === null || typeof value !== 'object') return void hash.update(`${typeof value}:${JSON.stringify(value)};`);
  if (value instanceof Date) return void hash.update(`date:${value.toISOString()};`);
  if (value instanceof URL) return void hash.update(`url:${value.href};`);
  if (seen.has(value)) throw new Error('stableHash: the value refers to itself');
  seen.add(value);
  if (value instanceof Map) feedAll(hash, 'map[', [...value].flat(), seen);
  else if (value instanceof Set) feedAll(hash, 'set[', value, seen);
  else if (Array.isArray(value)) feedAll(hash, 'array[', value, seen);
  else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Error(`stableHash: cannot read a ${value.constructor?.name ?? 'class instance'}`);
    const record = value as Record<string, unknown>;
    hash.update('{');
    for (const key of Object.keys(record).sort()) {
      hash.update(`${JSON.stringify(key)}:`);
      feed(hash, record[key], seen);
    }
    hash.update('}');
  }
  seen.delete(value);
}
