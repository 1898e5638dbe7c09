import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeListExportSchema, type CodeListExport } from './export-schema';
import { handoutLeadParts, handoutParts } from '../handout/page-parts';
import { PAGE_PARTS_KEY } from '../shared/handout';
import { codeJsonUrl, codeListJsonUrl, codeUrl, handoutLeadJsonUrl, outputFile } from '../shared/urls';

/** The list export as built into `site`, checked against its documented shape. */
export function readBuiltCodeList(site: string): CodeListExport {
  return codeListExportSchema.parse(JSON.parse(readFileSync(outputFile(site, codeListJsonUrl()), 'utf8')));
}

function writeJson(target: string, value: unknown): void {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(value));
}

/**
 * Writes /api/codes/<code>.json, each code's record alone, from the list export Astro has built:
 * the same records, so the two can never disagree. As Astro routes they cost 2.3 s per 1,000 codes
 * of page generation for a few hundred bytes each (BENCHMARKS.md); split here they cost almost nothing.
 * Each also carries the parts of its built page a handout shows, cut from the page itself, so a
 * handout fetches a third of the page's bytes. Beside it, /api/handout/<code>.json holds the parts
 * of the sections a handout shows by default, and nothing else: a handout without `sections` in
 * its address fetches those, half of the export's bytes (BENCHMARKS.md: a 20-code handout within 1 s).
 */
export function codeExports(): AstroIntegration {
  return {
    name: 'cpt-reference:code-exports',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const list = readBuiltCodeList(site);
        for (const record of list.codes) {
          const page = outputFile(site, codeUrl(record.code));
          const html = readFileSync(page, 'utf8');
          writeJson(outputFile(site, codeJsonUrl(record.code)), { ...record, [PAGE_PARTS_KEY]: handoutParts(html, page) });
          writeJson(outputFile(site, handoutLeadJsonUrl(record.code)), { [PAGE_PARTS_KEY]: handoutLeadParts(html, page) });
        }
        logger.info(`${list.codes.length} per-code exports and handout lead parts written from ${codeListJsonUrl()}`);
      },
    },
  };
}
