import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/kept-cache/stable-hash';

describe('stableHash', () => {
  it('is the same for equal values, whatever the order of their keys', () => {
    const a = { when: new Date('2026-11-25'), names: new Map([['59', 'Distinct service']]), codes: new Set(['37249']), b: 1, a: [1, 'x'] };
    const b = { a: [1, 'x'], b: 1, codes: new Set(['37249']), names: new Map([['59', 'Distinct service']]), when: new Date('2026-11-25') };
    expect(stableHash(a)).toBe(stableHash(b));
  });
  it('differs when anything held differs, in a Map, a Set, a Date or a nested value', () => {
    const base = { names: new Map([['59', 'Distinct service']]), codes: new Set(['37249']), when: new Date('2026-11-25'), n: { v: 1 } };
    const hashes = [
      base,
      { ...base, names: new Map([['59', 'Distinct procedural service']]) },
      { ...base, codes: new Set(['37248']) },
      { ...base, when: new Date('2026-11-26') },
      { ...base, n: { v: '1' } },
      { ...base, n: { v: 1, w: undefined } },
    ].map(stableHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
  it('refuses what it cannot read rather than leave it out of a key', () => {
    expect(() => stableHash({ render: () => 'page' })).toThrow('cannot read a function');
    expect(() => stableHash({ at: new (class Point {})() })).toThrow('cannot read a Point');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => stableHash(loop)).toThrow('refers to itself');
  });
});
