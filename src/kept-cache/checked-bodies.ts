import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GlossaryMark } from '../glossary/glossary-markup';
import { isStaticBuild, namespaceFolder } from './kept-plan';
import { stableHash } from './stable-hash';

export interface CheckedBodies {
  /** Whether an earlier build of this code compiled every body of these files without a problem. */
  bodiesChecked(checksums: ReadonlyMap<string, string>): boolean;
  /** Records that it did, once the whole edition passed its checks. */
  markChecked(checksums: ReadonlyMap<string, string>): void;
}

/**
 * Kept editions whose bodies need no compiling to be checked: an empty file per edition in the
 * cache's namespace (this code and configuration), named by a hash of the edition's files (their
 * checksums, which the build verifies first) and of what a body reads of the live site (which
 * codes have a page, the glossary's forms). Anything else is compiled and checked, as with no cache.
 */
export function checkedBodies(liveCodes: ReadonlySet<string>, glossaryMarks: readonly GlossaryMark[]): CheckedBodies {
  const namespace = isStaticBuild() ? namespaceFolder() : undefined;
  const live = stableHash({ liveCodes: [...liveCodes].sort(), glossaryMarks });
  const marker = (checksums: ReadonlyMap<string, string>) =>
    namespace && join(namespace, 'checked-bodies', stableHash({ live, files: [...checksums].sort(([a], [b]) => a.localeCompare(b)) }));
  return {
    bodiesChecked: (checksums) => {
      const file = marker(checksums);
      return file !== undefined && existsSync(file);
    },
    markChecked: (checksums) => {
      const file = marker(checksums);
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '');
    },
  };
}
