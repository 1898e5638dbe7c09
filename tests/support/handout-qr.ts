import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFTOPPM } from '../../scripts/test-env/ensure-poppler.mjs';

/** A greyscale PGM (pdftoppm -gray) as the RGBA pixels jsQR reads. */
function greyToRgba(data: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = data.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  grey.forEach((value, i) => rgba.fill(value, i * 4, i * 4 + 3));
  return { width, height, rgba };
}

/** Every QR code on one sheet: decode one, paint it white, look again (jsQR finds one at a time). */
function allCodes({ width, height, rgba }: ReturnType<typeof greyToRgba>): string[] {
  const found: string[] = [];
  for (let code = jsQR(rgba, width, height); code; code = jsQR(rgba, width, height)) {
    found.push(code.data);
    const { topLeftCorner: a, bottomRightCorner: b, topRightCorner: c, bottomLeftCorner: d } = code.location;
    const [x0, x1] = [Math.min(a.x, d.x), Math.max(b.x, c.x)].map(Math.round) as [number, number];
    const [y0, y1] = [Math.min(a.y, c.y), Math.max(b.y, d.y)].map(Math.round) as [number, number];
    for (let y = Math.max(0, y0 - 8); y < Math.min(height, y1 + 8); y++) rgba.fill(255, (y * width + Math.max(0, x0 - 8)) * 4, (y * width + Math.min(width, x1 + 8)) * 4);
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
