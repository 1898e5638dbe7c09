import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFTOPPM } from '../../scripts/test-env/ensure-poppler.mjs';
import { DARK_ON_LIGHT } from './printed-pdf';

/** A greyscale PGM (pdftoppm -gray) as the RGBA pixels jsQR reads. */
function greyToRgba(data: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = data.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  grey.forEach((value, i) => rgba.fill(value, i * 4, i * 4 + 3));
  return { width, height, rgba };
}

/** The most QR codes one sheet can hold; a guard, so a code the masking missed cannot loop forever. */
const MAX_PER_SHEET = 12;

/** Every QR code on one sheet: decode one, paint it white, look again (jsQR finds one at a time). */
function allCodes({ width, height, rgba }: ReturnType<typeof greyToRgba>): string[] {
  const found: string[] = [];
  for (let code = jsQR(rgba, width, height, DARK_ON_LIGHT); code && found.length < MAX_PER_SHEET; code = jsQR(rgba, width, height, DARK_ON_LIGHT)) {
    found.push(code.data);
    const corners = [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner];
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    const pad = Math.round((Math.max(...xs) - Math.min(...xs)) * 0.2);
    const [x0, x1] = [Math.max(0, Math.floor(Math.min(...xs)) - pad), Math.min(width, Math.ceil(Math.max(...xs)) + pad)];
    const [y0, y1] = [Math.max(0, Math.floor(Math.min(...ys)) - pad), Math.min(height, Math.ceil(Math.max(...ys)) + pad)];
    for (let y = y0; y < y1; y++) rgba.fill(255, (y * width + x0) * 4, (y * width + x1) * 4);
  }
  return found;
}

/** What a phone reads from each printed sheet of `pdf` (rasterised at 100 dpi): every QR code on it. */
export function allQrCodesOnSheets(pdf: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  try {
    writeFileSync(join(dir, 'handout.pdf'), pdf);
    execFileSync(PDFTOPPM, ['-r', '100', '-gray', join(dir, 'handout.pdf'), join(dir, 'sheet')]);
    const sheets = readdirSync(dir).filter((file) => file.startsWith('sheet')).sort();
    return sheets.map((sheet) => allCodes(greyToRgba(readFileSync(join(dir, sheet)))));
  } finally {
    rmSync(dir, { recursive: true });
  }
}
