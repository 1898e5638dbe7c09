// Makes sure the print tests can read printed sheets as a phone would: turn a printed PDF into
// images (Debian's poppler-utils: pdftoppm) and decode the QR codes on them (zbar-tools: zbarimg,
// native, a fraction of the CPU time jsQR took on every sheet).
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { ensureInstalled } from './apt-install.mjs';

export const PDFTOPPM = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm';
export const ZBARIMG = process.env.ZBARIMG_PATH ?? '/usr/bin/zbarimg';

const PRINT_TOOLS = [
  { path: PDFTOPPM, variable: 'PDFTOPPM_PATH', pkg: 'poppler-utils' },
  { path: ZBARIMG, variable: 'ZBARIMG_PATH', pkg: 'zbar-tools' },
];

if (import.meta.main) {
  for (const { path, variable, pkg } of PRINT_TOOLS) {
    ensureInstalled({
      name: `${pkg}, for the print tests`,
      find: () => (existsSync(path) ? path : undefined),
      packages: [pkg],
      instructions: `  - Debian/Ubuntu:  sudo apt-get install ${pkg}
  - or point ${variable} at a ${basename(path)} binary.`,
    });
  }
}
