import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusCodes, readTemplate, syntheticPage } from '../../../scripts/bench/corpus.mjs';
import { STARLIGHT_CODES_FOLDER, plainMarkdown, starlightDoc, writeStarlightSite } from '../../../scripts/bench/starlight-site.mjs';
import { splitFrontmatter, type CatalogName } from '../../../src/schema/content-files';
import { ROOT, contentData } from '../../support/content';

describe('Starlight comparison site', () => {
  const template = readTemplate(readFileSync(join(ROOT, 'scripts/editor/templates/code.mdx'), 'utf8'));
  const ids = (name: CatalogName) => Object.keys(contentData(name));
  const shared = { families: ids('families'), sites: ids('sites'), payers: ids('payers'), modifiers: ids('modifiers'), edition: 2026 };
  const codes = corpusCodes(3);
  const pages = codes.map((_: string, i: number) => syntheticPage(template, codes, i, shared, '2026-01-02'));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('turns our components into plain Markdown, keeping their text', () => {
    const body = '## Billing\n\nSee <CodeRef code="10001" /> and <Term id="sheath">the sheath</Term>.\n\n<Tip>\n\nA point.\n\n</Tip>\n\n\n<ReportingExample>\n\n- 10001 × 1: a line\n\n</ReportingExample>\n';
    expect(plainMarkdown(body)).toBe('## Billing\n\nSee 10001 and the sheath.\n\nA point.\n\n- 10001 × 1: a line');
  });

  it('makes each synthetic page a docs page with its title, lead, every line of its prose and its related codes', () => {
    const page = pages[1]!;
    const ours = splitFrontmatter(page.text)!;
    const data = parse(ours.frontmatter);
    const doc = splitFrontmatter(starlightDoc(page.text))!;
    expect(parse(doc.frontmatter)).toEqual({ title: `${page.code} ${data.title}`, description: data.lead });
    expect(doc.body).not.toMatch(/<\/?[A-Z]/);
    const prose = ours.body.split('\n').filter((line: string) => line.trim() && !line.startsWith('<'));
    expect(prose.length).toBeGreaterThan(10);
    for (const line of [data.lead, ...prose]) expect(doc.body).toContain(line);
    for (const { code, note } of data.related) expect(doc.body).toContain(`- ${code}: ${note}`);
  });

  it('writes a Starlight project that names its dependencies, with one Markdown page per code', () => {
    const dir = writeStarlightSite(ROOT, join(scratch, 'site'), pages);
    expect(readdirSync(join(dir, STARLIGHT_CODES_FOLDER)).sort()).toEqual(codes.map((code: string) => `${code}.md`));
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies).toHaveProperty('@astrojs/starlight');
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toMatch(/integrations: \[starlight\(/);
    expect(existsSync(join(dir, 'node_modules/@astrojs/starlight/package.json'))).toBe(true);
  });
});
