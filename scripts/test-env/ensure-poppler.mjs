// Makes sure the print tests can turn a printed PDF into images (Debian's poppler-utils: pdftoppm),
// to find and decode the QR codes on paper as a phone would.
import { existsSync } from 'node:fs';
import { ensureInstalled } from './apt-install.mjs';

export const PDFTOPPM = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm';

if (import.meta.main) {
  ensureInstalled({
    name: 'pdftoppm (for the print tests)',
    find: () => (existsSync(PDFTOPPM) ? PDFTOPPM : undefined),
    packages: ['poppler-utils'],
    instructions: `  - Debian/Ubuntu:  sudo apt-get install poppler-utils
  - or point PDFTOPPM_PATH at a pdftoppm binary.`,
  });
}
