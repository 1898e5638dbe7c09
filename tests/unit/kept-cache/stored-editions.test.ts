import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedEditions } from '../../../src/kept-cache/stored-editions';
import type { CheckedEdition, EditionFiles } from '../../../src/editions/kept-files';
import type { Manifest } from '../../../src/editions/edition-manifest';
import { useScratchCache } from './scratch-cache';

const cache = useScratchCache();

const files = new Map([['codes/37249.mdx', 'a1'], ['glossary.yaml', 'b2']]);
const marks = [{ form: 'stent', termId: 'stent' }];
const manifest = { year: 2026, keptOn: new Date('2026-01-05'), schemaVersion: 1, files: Object.fromEntries(files) } as unknown as Manifest;
const edition = {
  catalogs: { payers: new Map([['medicare', { id: 'medicare', data: { name: 'Medicare' } }]]) },
  codes: [{ id: '37249', filePath: 'content/editions/2026/codes/37249.mdx', source: 'content/editions/2026/codes/37249.mdx', checksum: 'a1', data: { code: '37249', lastReviewed: new Date('2025-11-02') } }],
} as unknown as CheckedEdition;
const stored = (live = new Set(['37249', '37248']), glossary = marks, current = 2026) => storedEditions(live, glossary, current)!;

const at = (changes: Partial<EditionFiles> = {}): EditionFiles => ({ dir: 'content/editions/2026', year: 2026, manifestText: 'year: 2026', checksums: files, ...changes });

describe('kept editions stored once checked', () => {
  it('are read back as written (dates and maps too) for the exact files and live inputs, and for nothing else', () => {
    expect(stored().read(at())).toBeUndefined();
    stored().write(at(), manifest, edition);
    expect(stored().read(at({ checksums: new Map([...files].reverse()) }))).toEqual({ manifest, edition });
    expect(stored().read(at({ checksums: new Map([...files, ['codes/37249.mdx', 'a2']]) }))).toBeUndefined();
    expect(stored().read(at({ manifestText: 'year: 2026\nschemaVersion: 2' }))).toBeUndefined();
    expect(stored().read(at({ dir: 'content/editions/2025' }))).toBeUndefined();
    expect(stored(new Set(['37249'])).read(at())).toBeUndefined();
    expect(stored(undefined, [{ form: 'stents', termId: 'stent' }]).read(at())).toBeUndefined();
    expect(stored(undefined, undefined, 2027).read(at())).toBeUndefined();
  });
  it('never serves a damaged file, and keeps one per edition', () => {
    stored().write(at(), manifest, edition);
    const folder = join(cache.folder, readdirSync(cache.folder)[0]!, 'editions');
    const [file] = readdirSync(folder);
    appendFileSync(join(folder, file!), 'x');
    expect(stored().read(at())).toBeUndefined();
    expect(readdirSync(folder)).toEqual([]);
    stored().write(at(), manifest, edition);
    stored().write(at({ manifestText: 'year: 2026\n' }), manifest, edition);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
