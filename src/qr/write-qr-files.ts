import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from '../export/write-exports';
import { keptCodes, keptYears } from '../editions/kept-files';
import { keptEditionFiles } from '../kept-cache/edition-files';
import { siteConfig } from '../site/site-config';
import { codeUrl, outputFile, pinnedCodeUrl, printQrSheetUrl, printQrViewId } from '../shared/urls';
import { printedAddress } from './printed-address';
import { qrSheetSvg } from './qr-svg';

interface PrintedPage {
  pageUrl: string;
  code: string;
  address: string;
}

/** Writes the pages' QR codes, one sheet per printQrSheetUrl(); returns how many sheets. */
function writeSheets(site: string, pages: readonly PrintedPage[]): number {
  const sheets = new Map<string, PrintedPage[]>();
  for (const page of pages) {
    const sheetUrl = printQrSheetUrl(page.pageUrl);
    if (!sheets.has(sheetUrl)) sheets.set(sheetUrl, []);
    sheets.get(sheetUrl)!.push(page);
  }
  for (const [sheetUrl, onSheet] of sheets) {
    const file = outputFile(site, sheetUrl);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, qrSheetSvg(onSheet.map(({ code, address }) => ({ id: printQrViewId(code), address }))));
  }
  return sheets.size;
}

/**
 * Writes the QR code of each code page's printed address, live and pinned, on sheets beside the
 * pages' folder (printQrUrl()), which only the print stylesheet shows (see
 * src/components/code-page/PrintSource.astro), so the screen never downloads them. A build step, not
 * an Astro route: routes cost about 2 ms a page (BENCHMARKS.md), these a fraction of that. A kept
 * edition's sheets sit in its own folder, with its pages.
 */
export function printQrCodes(): AstroIntegration {
  return {
    name: 'cpt-reference:print-qr-codes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const origin = siteConfig().url;
        const { codes } = readBuiltCodeList(site);
        let sheets = writeSheets(site, codes.map(({ code }) => ({ pageUrl: codeUrl(code), code, address: printedAddress(code, origin) })));
        let pinned = 0;
        for (const year of keptYears()) {
          const codes = keptCodes(year);
          const pages = codes.map((code) => ({ pageUrl: pinnedCodeUrl(year, code), code, address: printedAddress(code, origin, year) }));
          // A kept edition's sheets change only with its list of pages: made once, then from the kept-edition cache.
          const folder = relative(site, dirname(outputFile(site, printQrSheetUrl(pinnedCodeUrl(year, codes[0] ?? '00000')))));
          sheets += keptEditionFiles(site, folder, 'qr-sheets', year, codes, () => writeSheets(site, pages));
          pinned += pages.length;
        }
        logger.info(`${codes.length + pinned} print QR codes written on ${sheets} sheets (${pinned} for pinned pages)`);
      },
    },
  };
}
