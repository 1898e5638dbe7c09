import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateFrontmatter, SCHEMA_VERSION } from '../../../src/editions/migrations';

describe('migrations', () => {
  it('brings a file kept before history existed up to the current schema, knowing no history', () => {
    const old = { code: '37249', title: 'T' };
    expect(migrateFrontmatter(old, 1)).toEqual({ history: { revisions: [] }, code: '37249', title: 'T' });
    expect(old).toEqual({ code: '37249', title: 'T' });
  });
  it('leaves a file kept with the current schema as it is, and keeps what a kept file says', () => {
    const kept = { code: '37249', history: { added: 2017, revisions: [] } };
    expect(migrateFrontmatter(kept, SCHEMA_VERSION)).toBe(kept);
    expect(migrateFrontmatter(kept, 1)).toEqual(kept);
  });
  it('numbers its steps in order, one version each', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_, i) => i + 2));
  });
  it('refuses a version it does not know', () => {
    expect(() => migrateFrontmatter({}, SCHEMA_VERSION + 1)).toThrow(`schema version ${SCHEMA_VERSION + 1} is not one this site knows`);
    expect(() => migrateFrontmatter({}, 0)).toThrow('is not one this site knows');
  });
});
