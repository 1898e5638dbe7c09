import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corpusCodes, random, readTemplate, syntheticPage } from '../../../scripts/bench/corpus.mjs';
import { compileBody } from '../../../src/bodies/compile-body';
import { bodyHtmlParts } from '../../../src/bodies/stored-body';
import { CODE_PATTERN } from '../../../src/shared/codes';
import { splitFrontmatter, type CatalogName } from '../../../src/schema/content-files';
import { checkHistory, type HistoryRecord } from '../../../src/editions/history-checks';
import { BODY_SECTIONS } from '../../../src/code-page/sections';
import { ROOT, contentData } from '../../support/content';

describe('synthetic corpus', () => {
  const template = readTemplate(readFileSync(join(ROOT, 'scripts/editor/templates/code.mdx'), 'utf8'));
  const ids = (name: CatalogName) => Object.keys(contentData(name));
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

  // 400 pages written and parsed: about a second alone, but over Vitest's 5 s when `npm test` runs
  // it beside the fixture builds on two busy cores (it failed the clean-clone run that way).
  it('gives histories the build accepts, spread so change pages and the feed have work: some added, some revised, most neither', { timeout: 30_000 }, () => {
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
