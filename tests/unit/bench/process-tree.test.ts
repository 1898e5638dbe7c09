import { describe, expect, it } from 'vitest';
import { treeRssBytes } from '../../../scripts/bench/process-tree.mjs';

describe('process tree memory', () => {
  const ps = ['  1     0  100', ' 10     1  200', ' 11    10  300', ' 12    11  400', ' 20     1  999', ''].join('\n');
  it('adds up a process and all its descendants, in bytes', () => expect(treeRssBytes(ps, 10)).toBe((200 + 300 + 400) * 1024));
  it('counts nothing for a process that has ended', () => expect(treeRssBytes(ps, 77)).toBe(0));
});
