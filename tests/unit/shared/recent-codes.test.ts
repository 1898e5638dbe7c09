import { describe, expect, it } from 'vitest';
import {
  RECENT_CODES_KEY,
  RECENT_CODES_LIMIT,
  clearRecentCodes,
  parseRecentCodes,
  readRecentCodes,
  recordVisit,
  withVisit,
  type RecentCode,
} from '../../../src/shared/recent-codes';
import type { KeyValueStore } from '../../../src/shared/browser-storage';

const visit = (code: string): RecentCode => ({ code, title: `Title ${code}`, url: `/codes/${code}/` });

/** localStorage's behaviour, in a Map. */
function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

describe('withVisit', () => {
  it('puts the visited code first, moves a repeat up, and keeps the limit', () => {
    expect(withVisit([visit('37248')], visit('37249')).map((r) => r.code)).toEqual(['37249', '37248']);
    expect(withVisit([visit('37249'), visit('37248')], visit('37248')).map((r) => r.code)).toEqual(['37248', '37249']);
    const full = Array.from({ length: RECENT_CODES_LIMIT }, (_, i) => visit(String(37200 + i)));
    const after = withVisit(full, visit('37299'));
    expect(after).toHaveLength(RECENT_CODES_LIMIT);
    expect(after[0]!.code).toBe('37299');
    expect(after.map((r) => r.code)).not.toContain(full.at(-1)!.code);
  });
});

describe('parseRecentCodes', () => {
  it('drops what is not a list of visits, never throws', () => {
    expect(parseRecentCodes(null)).toEqual([]);
    expect(parseRecentCodes('not json')).toEqual([]);
    expect(parseRecentCodes('{"code":"37249"}')).toEqual([]);
    expect(parseRecentCodes(JSON.stringify([visit('37249'), { code: 37248 }, null, 'x']))).toEqual([visit('37249')]);
  });
});

describe('the stored list', () => {
  it('records visits, reads them back newest first, and clears them', () => {
    const store = memoryStore();
    recordVisit(store, visit('37248'));
    recordVisit(store, visit('37249'));
    expect(readRecentCodes(store).map((r) => r.code)).toEqual(['37249', '37248']);
    clearRecentCodes(store);
    expect(store.map.has(RECENT_CODES_KEY)).toBe(false);
    expect(readRecentCodes(store)).toEqual([]);
  });

  it('works as a first visit when storage is missing or refuses', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const store of [undefined, refusing]) {
      expect(() => recordVisit(store, visit('37249'))).not.toThrow();
      expect(readRecentCodes(store)).toEqual([]);
      expect(() => clearRecentCodes(store)).not.toThrow();
    }
  });
});
