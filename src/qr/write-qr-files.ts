import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBuiltCodeList } from '../export/write-exports';
import { keptYears } from '../editions/kept-files';
import { siteConfig } from '../site/site-config';
import { codeUrl, keptPagesFolder, outputFile, pinnedCodeUrl, printQrUrl } from '../shared/urls';
import { printedAddress } from './printed-address';
import { qrSvg } from './qr-svg';

/**
 * Writes printQrUrl(page), the QR code of each code page's printed address, beside every live and
 * pinned code page: one file per page, which only the print stylesheet shows (see
 * src/components/code-page/PrintSource.astro), so the screen never downloads it. A build step, not
 * an Astro route: routes cost about 2 ms a page (BENCHMARKS.md), these a fraction of that.
 */
export function printQrCodes(): AstroIntegration {
  return {
    name: 'cpt-reference:print-qr-codes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const origin = siteConfig().url;
        const write = (pageUrl: string, address: string) => writeFileSync(outputFile(site, printQrUrl(pageUrl)), qrSvg(address));
        const { codes } = readBuiltCodeList(site);
        for (const { code } of codes) write(codeUrl(code), printedAddress(code, origin));
        let pinned = 0;
        for (const year of keptYears()) {
          for (const code of readdirSync(keptPagesFolder(site, year))) {
            write(pinnedCodeUrl(year, code), printedAddress(code, origin, year));
            pinned += 1;
          }
        }
        logger.info(`${codes.length + pinned} print QR codes written (${pinned} for pinned pages)`);
      },
    },
  };
}
