import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, formatVerdict, median } from '../../../scripts/bench/budgets.mjs';
import { corpusCodes, random, readTemplate, syntheticPage } from '../../../scripts/bench/corpus.mjs';
import { BASELINE_COMPONENTS } from '../../../scripts/bench/baseline.mjs';
import { COMPONENT_NAMES } from '../../../src/user-components/index';
import { compileBody } from '../../../src/bodies/compile-body';
import { bodyHtmlParts } from '../../../src/bodies/stored-body';
import { DEFAULT_CODES, parseBenchArgs } from '../../../scripts/bench/options.mjs';
import { treeRssBytes } from '../../../scripts/bench/process-tree.mjs';
import { CODE_PATTERN } from '../../../src/shared/codes';
import { splitFrontmatter } from '../../../src/schema/content-files';
import { checkHistory, type HistoryRecord } from '../../../src/editions/history-checks';
import { BODY_SECTIONS } from '../../../src/code-page/sections';
import { ROOT } from '../../support/content';

describe('bench arguments', () => {
  it('defaults to 1,000 codes with three interleaved builds and Lighthouse', () =>
    expect(parseBenchArgs([])).toEqual({ codes: DEFAULT_CODES, runs: 3, lighthouse: true, keep: false, keptEdition: false }));
  it('takes 10,000 written with a separator, and one build at that size', () =>
    expect(parseBenchArgs(['--codes', '10,000'])).toMatchObject({ codes: 10000, runs: 1 }));
  it('keeps the corpus as an edition too when asked', () =>
    expect(parseBenchArgs(['--codes', '10000', '--kept-edition'])).toMatchObject({ codes: 10000, keptEdition: true }));
  it('refuses sizes that are not whole positive numbers, and unknown flags', () => {
    for (const bad of ['0', '-5', '1.5', 'lots', '999999']) expect(() => parseBenchArgs(['--codes', bad])).toThrow(/--codes/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });
});

describe('synthetic corpus', () => {
  const template = readTemplate(readFileSync(join(ROOT, 'scripts/editor/templates/code.mdx'), 'utf8'));
  const ids = (name: string) => Object.keys(parse(readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8')));
  const shared = { families: ids('families'), sites: ids('sites'), payers: ids('payers'), modifiers: ids('modifiers'), edition: 2026 };
  const codes = corpusCodes(40, ['10001']);
  const pages = codes.map((_: string, i: number) => syntheticPage(template, codes, i, shared, '2026-01-02'));

  it('gives unique valid codes that skip the site\'s own', () => {
    expect(new Set(codes).size).toBe(40);
    expect(codes).not.toContain('10001');
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
  });

  it('fills every template placeholder and keeps the template\'s three sections, in order', () => {
    for (const page of pages) {
      expect(page.text).not.toMatch(/__[A-Z]+__/);
      const headings = page.text.split('\n').filter((line: string) => line.startsWith('## '));
      expect(headings).toEqual(BODY_SECTIONS.map((s) => `## ${s.label}`));
    }
  });

  it('carries the template\'s components into every page, and each body compiles with its codes linked', () => {
    const catalogs = { payers: new Map(shared.payers.map((p) => [p, p])), hasPage: (code: string) => codes.includes(code), glossary: new Map<string, string>(), glossaryMarks: [] };
    for (const [i, page] of pages.entries()) {
      for (const name of ['<ReportingExample>', '<Tip>']) expect(page.text).toContain(name);
      const { problems, rendered } = compileBody(splitFrontmatter(page.text)!.body, codes[i]!, catalogs);
      expect(problems).toEqual([]);
      expect(bodyHtmlParts(rendered!).join('')).toContain('data-reporting-example');
    }
  });

  it('gives the bare baseline every component a body may use, so it builds the same files', () => {
    expect(BASELINE_COMPONENTS).toEqual(COMPONENT_NAMES);
  });

  it('writes frontmatter that names only ids the content defines, with add-ons tied to a primary', () => {
    for (const [i, page] of pages.entries()) {
      const data = parse(splitFrontmatter(page.text)!.frontmatter);
      expect(data.code).toBe(codes[i]);
      expect(shared.families).toContain(data.family);
      for (const site of data.sites) expect(shared.sites).toContain(site);
      for (const row of data.modifiers) expect(shared.modifiers).toContain(row.modifier);
      expect(data.addOn ? data.primaryCodes.length : 0).toBe(data.addOn ? 1 : 0);
      for (const related of data.related) expect(related.code).not.toBe(data.code);
    }
  });

  it('gives histories the build accepts, spread so change pages and the feed have work: some added, some revised, most neither', () => {
    const many = corpusCodes(400);
    const records = many.map((_: string, i: number) => {
      const data = parse(splitFrontmatter(syntheticPage(template, many, i, shared, '2026-01-02').text)!.frontmatter);
      return { filePath: `${data.code}.mdx`, history: data.history as HistoryRecord['history'] };
    });
    expect(checkHistory(records, shared.edition)).toEqual([]);
    const share = (test: (h: HistoryRecord['history']) => boolean) => records.filter((r) => test(r.history)).length / records.length;
    expect(share((h) => h.added !== undefined)).toBeGreaterThan(0.2);
    expect(share((h) => h.revisions.length > 0)).toBeGreaterThan(0.05);
    expect(share((h) => h.added === undefined && h.revisions.length === 0)).toBeGreaterThan(0.5);
  });

  it('is the same for the same size, so runs can be compared', () => {
    expect(syntheticPage(template, codes, 7, shared, '2026-01-02')).toEqual(pages[7]);
    const a = random(3);
    const b = random(3);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});

describe('budgets', () => {
  const within = { 'page-weight': 10_000, 'first-code-search': 5_000, 'first-word-search': 100_000, 'peak-rss': 1024 ** 3, 'build-ratio': 1.2, 'throttled-words': 900, 'throttled-code': 400 };
  it('passes figures inside every limit at 10,000 codes', () =>
    expect(evaluateBudgets(within, 10000).map((v: { verdict: string }) => v.verdict)).toEqual(BUDGETS.map(() => 'PASS')));
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
  it("keeps the issue's budgets apart from our stricter target", () => {
    const ids = (stricter: boolean) => BUDGETS.filter((b: { stricter: boolean }) => b.stricter === stricter).map((b: { id: string }) => b.id);
    expect(ids(false)).toEqual(['page-weight', 'first-code-search', 'peak-rss', 'build-ratio', 'throttled-words', 'throttled-code']);
    expect(ids(true)).toEqual(['first-word-search']);
  });
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('process tree memory', () => {
  const ps = ['  1     0  100', ' 10     1  200', ' 11    10  300', ' 12    11  400', ' 20     1  999', ''].join('\n');
  it('adds up a process and all its descendants, in bytes', () => expect(treeRssBytes(ps, 10)).toBe((200 + 300 + 400) * 1024));
  it('counts nothing for a process that has ended', () => expect(treeRssBytes(ps, 77)).toBe(0));
});
