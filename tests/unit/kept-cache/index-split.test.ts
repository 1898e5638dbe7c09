import { describe, expect, it } from 'vitest';
import { indexSplit } from '../../../src/kept-cache/index-split';

const codes = (from: number, count: number) => Array.from({ length: count }, (_, i) => String(from + i));

describe('indexSplit', () => {
  it('indexes every page of its own when no index is cached', () => {
    expect(indexSplit(['37244', '37248'], undefined)).toEqual({ indexed: ['37244', '37248'], added: [] });
    expect(indexSplit(['37244'], [])).toEqual({ indexed: ['37244'], added: [] });
  });

  it('keeps the cached index and adds beside it the pages of their own it lacks', () => {
    const held = codes(10000, 8);
    expect(indexSplit([...held, '20000'].sort(), held)).toEqual({ indexed: held, added: ['20000'] });
    expect(indexSplit(held, held)).toEqual({ indexed: held, added: [] });
  });

  it('builds the whole index again when a page it holds reads as live again', () => {
    const held = codes(10000, 8);
    const own = held.filter((code) => code !== '10003');
    expect(indexSplit(own, held)).toEqual({ indexed: own, added: [] });
  });

  it('builds the whole index again once the pages it lacks pass a quarter of those it holds', () => {
    const held = codes(10000, 8);
    expect(indexSplit([...held, ...codes(20000, 2)], held).added).toEqual(['20000', '20001']);
    expect(indexSplit([...held, ...codes(20000, 3)], held)).toEqual({ indexed: [...held, ...codes(20000, 3)], added: [] });
  });
});
