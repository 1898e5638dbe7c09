import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { KEPT_CACHE_ENV } from '../../../src/kept-cache/cache-folder';
import { markStaticBuild } from '../../../src/kept-cache/kept-plan';

/** Points the kept-edition cache at a scratch folder for the calling test file, as a static build would use it; returns the folder. */
export function useScratchCache(): { readonly folder: string } {
  const scratch = { folder: '' };
  beforeAll(() => {
    scratch.folder = mkdtempSync(join(tmpdir(), 'kept-cache-'));
    process.env[KEPT_CACHE_ENV] = scratch.folder;
    markStaticBuild();
  });
  afterAll(() => {
    rmSync(scratch.folder, { recursive: true, force: true });
    delete process.env[KEPT_CACHE_ENV];
  });
  return scratch;
}
