import { describe, expect, it } from 'vitest';
import { DEFAULT_CODES, parseBenchArgs } from '../../../scripts/bench/options.mjs';

describe('bench arguments', () => {
  it('defaults to 1,000 codes with three interleaved builds and Lighthouse', () =>
    expect(parseBenchArgs([])).toEqual({ codes: DEFAULT_CODES, runs: 3, lighthouse: true, starlight: true, keep: false, keptEditions: 0 }));
  it('skips the Starlight comparison when asked', () => expect(parseBenchArgs(['--no-starlight'])).toMatchObject({ starlight: false, lighthouse: true }));
  it('takes 10,000 written with a separator, and one build at that size', () =>
    expect(parseBenchArgs(['--codes', '10,000'])).toMatchObject({ codes: 10000, runs: 1 }));
  it('keeps the corpus as an edition too when asked', () =>
    expect(parseBenchArgs(['--codes', '10000', '--kept-edition'])).toMatchObject({ codes: 10000, keptEditions: 1 }));
  it('takes a count of kept editions, within what a site carries', () => {
    expect(parseBenchArgs(['--kept-editions', '3'])).toMatchObject({ keptEditions: 3 });
    expect(() => parseBenchArgs(['--kept-editions', '6'])).toThrow(/--kept-editions/);
    expect(() => parseBenchArgs(['--kept-editions', 'two'])).toThrow(/--kept-editions/);
  });
  it('refuses sizes that are not whole positive numbers, and unknown flags', () => {
    for (const bad of ['0', '-5', '1.5', 'lots', '999999']) expect(() => parseBenchArgs(['--codes', bad])).toThrow(/--codes/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });
});
