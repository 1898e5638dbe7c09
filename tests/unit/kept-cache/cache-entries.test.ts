import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedEntry, restoreEntry, saveEntry } from '../../../src/kept-cache/cache-entries';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-cache-'));
  folders.push(dir);
  return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PAGE = 'editions/2026/codes/37249/index.html';
function site(files: Record<string, string>): string {
  const dir = folder();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('cache entries', () => {
  it('restores the files saved, byte for byte', () => {
    const from = site({ [PAGE]: '<link href="/_astro/page.abc.css">', 'editions/2026/codes/37249/qr.svg': '<svg/>', '_astro/page.abc.css': 'a{}' });
    const entry = join(folder(), 'entry');
    saveEntry(entry, from, [PAGE, 'editions/2026/codes/37249/qr.svg']);
    const to = site({ '_astro/page.abc.css': 'a{}' });
    restoreEntry(entry, checkedEntry(entry)!, to);
    expect(readFileSync(join(to, PAGE), 'utf8')).toBe('<link href="/_astro/page.abc.css">');
    expect(readFileSync(join(to, 'editions/2026/codes/37249/qr.svg'), 'utf8')).toBe('<svg/>');
  });
  it('removes an entry with a changed file, a missing file or no list, and serves none of them', () => {
    const from = site({ [PAGE]: '<p>page</p>' });
    const entries = folder();
    const damage = {
      changed: (entry: string) => appendFileSync(join(entry, 'files', PAGE), 'x'),
      missing: (entry: string) => rmSync(join(entry, 'files', PAGE)),
      partial: (entry: string) => rmSync(join(entry, 'entry.json')),
    };
    for (const [name, spoil] of Object.entries(damage)) {
      const entry = join(entries, name);
      saveEntry(entry, from, [PAGE]);
      expect(checkedEntry(entry), name).toBeDefined();
      spoil(entry);
      expect(checkedEntry(entry), name).toBeUndefined();
      expect(() => readFileSync(join(entry, 'entry.json')), name).toThrow();
    }
  });
  it('never serves an entry whose file was changed through the output it was restored into', () => {
    const entry = join(folder(), 'entry');
    saveEntry(entry, site({ [PAGE]: '<p>page</p>' }), [PAGE]);
    const to = folder();
    restoreEntry(entry, checkedEntry(entry)!, to);
    appendFileSync(join(to, PAGE), '<p>changed in place</p>');
    expect(checkedEntry(entry)).toBeUndefined();
  });
  it('stops rather than restore pages whose stylesheet this build did not write', () => {
    const entry = join(folder(), 'entry');
    saveEntry(entry, site({ [PAGE]: '<link href="/coding/_astro/page.old.css">' }), [PAGE]);
    const to = site({ '_astro/page.new.css': 'a{}' });
    expect(() => restoreEntry(entry, checkedEntry(entry)!, to)).toThrow('/_astro/page.old.css');
    expect(checkedEntry(entry)).toBeUndefined();
  });
});
