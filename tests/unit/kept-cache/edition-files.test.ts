import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptEditionFiles } from '../../../src/kept-cache/edition-files';
import { useScratchCache } from './scratch-cache';

useScratchCache();

describe("a kept edition's files written by a build step", () => {
  it('are written once for the same inputs, then taken from the cache, and written again when the inputs change', () => {
    const site = mkdtempSync(join(tmpdir(), 'kept-site-'));
    let writes = 0;
    const write = (text: string) => () => {
      writes += 1;
      writeFileSync(join(site, 'editions/2026/qr/372.svg'), text);
    };
    const build = (inputs: unknown, text: string) => {
      rmSync(join(site, 'editions'), { recursive: true, force: true });
      mkdirSync(join(site, 'editions/2026/qr'), { recursive: true });
      return keptEditionFiles(site, 'editions/2026/qr', 'qr-sheets', 2026, inputs, write(text));
    };
    expect(build(['37249'], 'one')).toBe(1);
    expect(build(['37249'], 'two')).toBe(1);
    expect(writes).toBe(1);
    expect(readFileSync(join(site, 'editions/2026/qr/372.svg'), 'utf8')).toBe('one');
    build(['37249', '37250'], 'three');
    expect(writes).toBe(2);
    rmSync(site, { recursive: true, force: true });
  });
});
