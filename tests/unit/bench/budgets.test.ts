import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, formatVerdict, isMultiWord, median, slowestMultiWord } from '../../../scripts/bench/budgets.mjs';

describe('budgets', () => {
  const within = { 'page-weight': 10_000, 'first-code-search': 5_000, 'first-word-search': 100_000, 'peak-rss': 1024 ** 3, 'build-ratio': 1.2, 'throttled-words': 900, 'throttled-code': 400, 'throttled-handout': 800, 'multi-word-search': 250, 'warm-rebuild-ratio': 1.1, 'starlight-word-search': 105_000 };
  it('passes figures inside every limit at 10,000 codes', () =>
    expect(evaluateBudgets(within, 10000, 3).map((v: { verdict: string }) => v.verdict)).toEqual(BUDGETS.map(() => 'PASS')));
  it('fails a figure over its limit, and one that was not measured', () => {
    const verdicts = evaluateBudgets({ ...within, 'build-ratio': 1.31, 'page-weight': undefined }, 10000);
    expect(verdicts.find((v: { id: string }) => v.id === 'build-ratio')?.verdict).toBe('FAIL');
    expect(verdicts.find((v: { id: string }) => v.id === 'page-weight')?.verdict).toBe('FAIL');
  });
  it('does not claim a 10,000-code budget from a smaller run', () => {
    const small = evaluateBudgets(within, 1000);
    expect(small.find((v: { id: string }) => v.id === 'first-word-search')?.verdict).toBe('N/A');
    expect(formatVerdict(small.find((v: { id: string }) => v.id === 'peak-rss'), 1000)).toMatch(/^N\/A .*not checked at 1000 codes/);
  });
  it('checks the warm rebuild only when editions are kept', () => {
    const verdict = (kept: number, ratio: number) => evaluateBudgets({ ...within, 'warm-rebuild-ratio': ratio }, 10000, kept).find((v: { id: string }) => v.id === 'warm-rebuild-ratio')?.verdict;
    expect(verdict(3, 1.21)).toBe('FAIL');
    expect(verdict(3, 1.2)).toBe('PASS');
    expect(verdict(0, 1.21)).toBe('N/A');
  });
  it("keeps the issue's budgets apart from our stricter target", () => {
    const ids = (stricter: boolean) => BUDGETS.filter((b: { stricter: boolean }) => b.stricter === stricter).map((b: { id: string }) => b.id);
    expect(ids(false)).toEqual(['page-weight', 'first-code-search', 'peak-rss', 'build-ratio', 'warm-rebuild-ratio', 'throttled-words', 'throttled-code', 'throttled-handout', 'word-search-vs-starlight']);
    expect(ids(true)).toEqual(['first-word-search', 'multi-word-search']);
  });
  it('reports the slowest query of several words apart, so one slow query is not hidden by a median', () => {
    const queries = ['15000', 'stenosis', 'guidewire sheath', ' balloon ', 'iliac artery stenosis'];
    expect(queries.map(isMultiWord)).toEqual([false, false, true, false, true]);
    expect(slowestMultiWord(queries, [40, 35, 2250, 9000, 1861])).toBe(2250);
    expect(slowestMultiWord(['15000'], [40])).toBeNaN();
    expect(evaluateBudgets({ ...within, 'multi-word-search': 2250 }, 10000).find((v: { id: string }) => v.id === 'multi-word-search')?.verdict).toBe('FAIL');
  });
  it("weighs our first search for words against Starlight's from the same run, over the same 1,000 pages", () => {
    const compare = (figures: Record<string, number | undefined>, codes = 1000) => evaluateBudgets({ ...within, ...figures }, codes).find((v: { id: string }) => v.id === 'word-search-vs-starlight');
    expect(compare({ 'first-word-search': 105_000 })).toMatchObject({ verdict: 'PASS', value: 105_000, limit: 105_000 });
    expect(compare({ 'first-word-search': 105_001 })?.verdict).toBe('FAIL');
    expect(compare({ 'first-word-search': undefined })?.verdict).toBe('FAIL');
    expect(compare({}, 999)?.verdict).toBe('N/A');
    expect(formatVerdict(compare({ 'first-word-search': 8_192 }), 1000)).toBe("PASS first search for words on a fresh page, ours against Starlight's over 1,000 pages, same run: 8.0 KiB (Starlight's 102.5 KiB)");
  });
  it('says the Starlight comparison was skipped, not failed, with --no-starlight', () => {
    const skipped = evaluateBudgets({ ...within, 'starlight-word-search': undefined }, 10000).find((v: { id: string }) => v.id === 'word-search-vs-starlight');
    expect(skipped?.verdict).toBe('N/A');
    expect(formatVerdict(skipped, 10000)).toMatch(/^N\/A .*\(Starlight's not measured\), not checked: Starlight not built \(--no-starlight\)$/);
  });
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
