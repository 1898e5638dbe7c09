import { describe, expect, it } from 'vitest';
import { codeInPath } from '../../../src/shared/not-found';

describe('codeInPath', () => {
  it.each([
    ['/codes/37249/', '37249'],
    ['/cpt-37249.html', '37249'],
    ['/0075t', '0075T'],
    ['/codes/families/venous-angioplasty/', null],
    ['/372490/', null],
    ['/%E0%A4%A/', null],
  ])('%s → %s', (path, expected) => expect(codeInPath(path)).toBe(expected));
});
