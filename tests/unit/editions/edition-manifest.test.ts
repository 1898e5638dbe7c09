import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changedFiles, manifestSchema, manifestText } from '../../../src/editions/edition-manifest';

describe('manifest', () => {
  const sum = 'a'.repeat(64);
  it('is written so that it reads back as it was', () => {
    const manifest = { year: 2026, keptOn: new Date('2026-11-25T00:00:00Z'), schemaVersion: 2, files: { 'codes/37249.mdx': sum, 'payers.yaml': sum } };
    expect(manifestSchema.parse(parse(manifestText(manifest), { customTags: ['timestamp'] }))).toEqual(manifest);
  });
  it('names each file that was changed, removed or added since the edition was kept', () => {
    const dir = 'content/editions/2026';
    const listed = { 'codes/37248.mdx': sum, 'codes/37249.mdx': sum, 'payers.yaml': sum };
    const found = new Map([
      ['codes/37249.mdx', 'b'.repeat(64)],
      ['payers.yaml', sum],
      ['codes/37250.mdx', sum],
    ]);
    expect(changedFiles(dir, listed, found)).toEqual([
      `${dir}/codes/37248.mdx: is missing (edition.yaml lists it); kept editions are read-only: restore it with "git checkout"`,
      `${dir}/codes/37249.mdx: has changed since the edition was kept; kept editions are read-only: restore it with "git checkout"`,
      `${dir}/codes/37250.mdx: is not part of the kept edition (edition.yaml does not list it); remove it`,
    ]);
    expect(changedFiles(dir, listed, new Map(Object.entries(listed)))).toEqual([]);
  });
});
