import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeListExportSchema, type CodeListExport } from './export-schema';
import { handoutParts } from '../handout/page-parts';
import { PAGE_PARTS_KEY } from '../shared/handout';
import { codeJsonUrl, codeListJsonUrl, codeUrl, outputFile } from '../shared/urls';

/** The list export as built into `site`, checked against its documented shape. */
export function readBuiltCodeList(site: string): CodeListExport {
  return codeListExportSchema.parse(JSON.parse(readFileSync(outputFile(site, codeListJsonUrl()), 'utf8')));
}

/**
 * Writes /api/codes/<code>.json, each code's record alone, from the list export Astro has built:
 * the same records, so the two can never disagree. As Astro routes they cost 2.3 s per 1,000 codes
 * of page generation for a few hundred bytes each (BENCHMARKS.md); split here they cost almost nothing.
 * Each also carries the parts of its built page a handout shows, cut from the page itself, so a
 * handout fetches a third of the page's bytes and no second file per code exists for it.
 */
export function codeExports(): AstroIntegration {
  return {
    name: 'cpt-reference:code-exports',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const list = readBuiltCodeList(site);
        for (const record of list.codes) {
          const target = outputFile(site, codeJsonUrl(record.code));
          mkdirSync(dirname(target), { recursive: true });
          const page = outputFile(site, codeUrl(record.code));
          writeFileSync(target, JSON.stringify({ ...record, [PAGE_PARTS_KEY]: handoutParts(readFileSync(page, 'utf8'), page) }));
        }
        logger.info(`${list.codes.length} per-code exports written from ${codeListJsonUrl()}`);
      },
    },
  };
}
