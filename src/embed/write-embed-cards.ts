import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from '../export/write-exports';
import { EMBED_CARD_SHEET, embedUrl, outputFile, withBase } from '../shared/urls';
import { cutCardSheet } from './card-sheet';

/**
 * Writes /embed/<code>/, every live code's embed card, from the one card sheet Astro rendered
 * (src/pages/embed/card-sheet.astro), then removes the sheet. As 10,000 Astro routes the cards
 * took about 2 ms of page generation each and pushed the build's peak memory past its budget
 * (BENCHMARKS.md); cut from one page they cost a fraction of that. Runs before the steps that
 * read the built pages (links, _headers), so they see the cards.
 */
export function embedCards(): AstroIntegration {
  return {
    name: 'cpt-reference:embed-cards',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const sheetFile = outputFile(site, withBase(EMBED_CARD_SHEET));
        const cards = cutCardSheet(readFileSync(sheetFile, 'utf8'));
        rmSync(dirname(sheetFile), { recursive: true });
        const carded = new Set(cards.map((card) => card.code));
        const missing = readBuiltCodeList(site).codes.filter(({ code }) => !carded.has(code));
        if (missing.length) throw new Error(`embed cards: no card for ${missing.map(({ code }) => code).join(', ')} in ${EMBED_CARD_SHEET}`);
        for (const { code, html } of cards) {
          const file = outputFile(site, embedUrl(code));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
        logger.info(`${cards.length} embed cards written from ${EMBED_CARD_SHEET}`);
      },
    },
  };
}
