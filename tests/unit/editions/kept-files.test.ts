import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/content';
import { keptYears } from '../../../src/editions/kept-files';
import { editionDir } from '../../../src/editions/edition-manifest';

// The checksums in edition.yaml catch an edited file, but not one edited together with its
// checksum. The repository's history can: once committed, a kept edition is only ever added to.
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

describe.each(keptYears(ROOT))('the kept %i edition', (year) => {
  const dir = editionDir(year);
  it('has not been changed, renamed or deleted in any commit since it was added', () => {
    expect(git('log', '--format=%h %s', '--diff-filter=MDRT', '--', dir)).toBe('');
  });
  it('has no uncommitted change to a committed file', () => {
    expect(git('diff', '--name-only', 'HEAD', '--', dir)).toBe('');
  });
});
