/**
 * QR codes as SVG, made at build time with lean-qr (no dependencies, no eval). The SVG paints with
 * `fill` attributes only, no `style`, so the strict CSP (no inline styles) holds wherever it is shown.
 */
import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

/**
 * The QR code of an absolute address, as a standalone SVG document (an `<img>` source or a file).
 * Black on white with the standard four-module quiet zone, so it scans on any paper; correction
 * level M at least, which survives a fold or a smudge. The size is set where it is shown (CSS or
 * the `<img>`'s width and height): the SVG scales without blurring.
 */
export function qrSvg(address: string): string {
  if (!URL.canParse(address)) throw new Error(`qrSvg: "${address}" is not an absolute address`);
  const code = generate(address, { minCorrectionLevel: correction.M });
  return toSvgSource(code, { on: '#000', off: '#fff', pad: 4, xmlDeclaration: true });
}
