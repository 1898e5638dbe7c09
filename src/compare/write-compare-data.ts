import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompareRecord } from '../shared/compare/compare-record';
import { compareDataListUrl, compareDataUrl, outputFile } from '../shared/urls';

/**
 * Splits the compare rows Astro has built into one file per code, so the compare page fetches only
 * the codes it shows, then removes the whole list: nothing reads it, and at 10,000 codes it would be
 * megabytes of published files. One route and a split cost almost nothing per code, where a route
 * per code costs 2.3 s per 1,000 codes of page generation (BENCHMARKS.md, the per-code exports).
 */
export function compareData(): AstroIntegration {
  return {
    name: 'cpt-reference:compare-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const listFile = outputFile(site, compareDataListUrl());
        const { codes } = JSON.parse(readFileSync(listFile, 'utf8')) as { codes: CompareRecord[] };
        for (const record of codes) {
          const target = outputFile(site, compareDataUrl(record.code));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, JSON.stringify(record));
        }
        rmSync(listFile);
        logger.info(`${codes.length} compare files written from ${compareDataListUrl()}`);
      },
    },
  };
}
