import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatInventory, inventory } from '../../../scripts/bench/output-inventory.mjs';

describe('the output inventory', () => {
  const dist = mkdtempSync(join(tmpdir(), 'inventory-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const files = {
    'codes/37249/index.html': 100,
    'codes/0001T/index.html': 50,
    'codes/index.html': 7,
    'editions/2026/codes/37249/index.html': 90,
    'editions/2026/qr/372.svg': 30,
    'qr/372.svg': 30,
    '37249/index.html': 5,
    '2026/37249/index.html': 6,
    'api/codes/37249.json': 4,
    'editions/2026/pagefind/fragment/en_1.pf_fragment': 3,
    'pagefind/fragment/en_2.pf_fragment': 3,
    '_redirects': 2,
  };
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(size));
  }

  it('counts each file once, under the kind its route names, live and kept apart', () => {
    const kinds = inventory(dist);
    const of = (name: string) => kinds.get(name);
    expect(of('code page')).toEqual({ files: 2, bytes: 150 });
    expect(of('pinned page')).toEqual({ files: 1, bytes: 90 });
    expect(of('QR sheet')).toEqual({ files: 2, bytes: 60 });
    expect(of('short link page')).toEqual({ files: 1, bytes: 5 });
    expect(of('pinned short link page')).toEqual({ files: 1, bytes: 6 });
    expect(of('code JSON (api/codes)')).toEqual({ files: 1, bytes: 4 });
    expect(of('Pagefind fragments (live)')).toEqual({ files: 1, bytes: 3 });
    expect(of('Pagefind fragments (kept)')).toEqual({ files: 1, bytes: 3 });
    expect(of('everything else')).toEqual({ files: 1, bytes: 7 });
    expect([...kinds.values()].reduce((sum, kind) => sum + kind.files, 0)).toBe(Object.keys(files).length);
  });

  it('prints only the kinds present, with bytes a file', () => {
    const text = formatInventory(inventory(dist));
    expect(text).toContain('  code page: 2 files, 0.00 MiB (75 bytes a file)');
    expect(text).not.toContain('embed card');
  });
});
