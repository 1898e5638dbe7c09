import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CheckedEdition, EditionFiles, StoredEditions } from '../editions/kept-files';
import type { Manifest } from '../editions/edition-manifest';
import type { GlossaryMark } from '../glossary/glossary-markup';
import { isStaticBuild, namespaceFolder } from './kept-plan';
import { stableHash } from './stable-hash';

const HASH_LENGTH = 64;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Kept editions as an earlier build read and checked them, so a build neither parses 10,000 YAML
 * headers nor compiles 10,000 bodies per edition to check them again. One file per edition in the
 * cache's namespace (this code and configuration), named by its year and a hash of everything the
 * checks read: the edition's folder and year, its manifest's text, every other file's checksum
 * (taken from the files), the live codes and glossary forms, and the configured edition. The file starts with
 * its payload's SHA-256: a damaged one is removed and the edition read again, as with no cache.
 * Outside `astro build`, or with the cache off, nothing is stored.
 */
export function storedEditions(liveCodes: ReadonlySet<string>, glossaryMarks: readonly GlossaryMark[], currentEdition: number): StoredEditions | undefined {
  const namespace = isStaticBuild() ? namespaceFolder() : undefined;
  if (!namespace) return undefined;
  const folder = join(namespace, 'editions');
  const live = stableHash({ liveCodes: [...liveCodes].sort(), glossaryMarks, currentEdition });
  const fileOf = ({ dir, year, manifestText, checksums }: EditionFiles) =>
    join(folder, `${year}-${stableHash({ live, dir, manifestText, files: [...checksums].sort(([a], [b]) => a.localeCompare(b)) })}`);
  return {
    read(files) {
      const file = fileOf(files);
      if (!existsSync(file)) return undefined;
      const bytes = readFileSync(file);
      const payload = bytes.subarray(HASH_LENGTH);
      try {
        if (bytes.subarray(0, HASH_LENGTH).toString('latin1') === sha256(payload)) return deserialize(payload) as { manifest: Manifest; edition: CheckedEdition };
      } catch {
        // Unreadable: treated as absent, below.
      }
      rmSync(file, { force: true });
      return undefined;
    },
    write(files, manifest, edition) {
      const file = fileOf(files);
      mkdirSync(folder, { recursive: true });
      for (const stale of readdirSync(folder).filter((name) => name.startsWith(`${files.year}-`))) rmSync(join(folder, stale), { force: true });
      const payload = serialize({ manifest, edition });
      const partial = `${file}.partial-${process.pid}`;
      writeFileSync(partial, Buffer.concat([Buffer.from(sha256(payload), 'latin1'), payload]));
      renameSync(partial, file);
    },
  };
}
