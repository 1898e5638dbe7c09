/**
 * QR codes as SVG, made at build time with lean-qr (no dependencies, no eval). The SVG paints with
 * `fill` and `stroke` attributes only, no `style`, so the strict CSP (no inline styles) holds wherever it is shown.
 */
import { correction, generate, type Bitmap2D } from 'lean-qr';

/** The standard quiet zone: four white modules around the code, so it scans on any paper. */
const QUIET_ZONE = 4;

/** Correction level M at least, which survives a fold or a smudge. */
const qrCode = (address: string): Bitmap2D => {
  if (!URL.canParse(address)) throw new Error(`QR code: "${address}" is not an absolute address`);
  return generate(address, { minCorrectionLevel: correction.M });
};

/**
 * The dark modules of a code as one stroked path, a row's runs at a time ("M0 .5h7m2 0h1"): about a
 * quarter of lean-qr's outline path, which matters at 10,000 codes a kept edition (issue 24).
 */
function runsPath(code: Bitmap2D, top: number): string {
  const rows: string[] = [];
  for (let y = 0; y < code.size; y++) {
    let row = '';
    let pen = 0;
    for (let x = 0; x < code.size; ) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      row += row ? `m${start - pen} 0h${x - start}` : `M${start + QUIET_ZONE} ${top + QUIET_ZONE + y + 0.5}h${x - start}`;
      pen = x;
    }
    rows.push(row);
  }
  return rows.join('');
}

/**
 * Several QR codes in one SVG document, one under the other, each shown alone by its `<view>`:
 * `sheet.svg#<id>` in an `<img>` shows that code with its quiet zone. One file instead of one per
 * code (hosts count files: docs/configuration-and-deploy.md).
 */
export function qrSheetSvg(entries: readonly { id: string; address: string }[]): string {
  let top = 0;
  let width = 0;
  const views: string[] = [];
  const paths: string[] = [];
  for (const { id, address } of entries) {
    const code = qrCode(address);
    const side = code.size + 2 * QUIET_ZONE;
    views.push(`<view id="${id}" viewBox="0 ${top} ${side} ${side}"/>`);
    paths.push(runsPath(code, top));
    top += side;
    width = Math.max(width, side);
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${top}" shape-rendering="crispedges">`,
    ...views,
    `<rect width="${width}" height="${top}" fill="#fff"/>`,
    `<path stroke="#000" d="${paths.join('')}"/>`,
    '</svg>',
  ].join('');
}
