import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFTOPPM } from '../../scripts/test-env/ensure-poppler.mjs';

/** poppler-utils puts its tools side by side (scripts/test-env/ensure-poppler.mjs installs them). */
const poppler = (tool: string) => join(PDFTOPPM, '..', tool);

function inScratch<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    return read(join(dir, 'page.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

/** The number of sheets a PDF prints on. */
export function pdfPageCount(pdf: Buffer): number {
  return inScratch(pdf, (file) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync(poppler('pdfinfo'), [file], { encoding: 'utf8' }))![1]));
}

/** The text of every page, in reading order. */
export function pdfText(pdf: Buffer): string {
  return inScratch(pdf, (file) => execFileSync(poppler('pdftotext'), [file, '-'], { encoding: 'utf8' }));
}

interface Word {
  text: string;
  xMax: number;
  yMax: number;
}

/** Every word pdftotext finds, with its page's size: a word beyond the sheet is a word cut off. */
export function pdfWords(pdf: Buffer): { page: { width: number; height: number }; words: Word[] }[] {
  const html = inScratch(pdf, (file) => execFileSync(poppler('pdftotext'), ['-bbox', file, '-'], { encoding: 'utf8' }));
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    page: { width: Number(width), height: Number(height) },
    words: [...body!.matchAll(/<word xMin="[\d.-]+" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(([, xMax, yMax, text]) => ({
      text: text!,
      xMax: Number(xMax),
      yMax: Number(yMax),
    })),
  }));
}

/**
 * Print puts dark modules on white paper: jsQR's default second, inverted reading of every image
 * would double the cost of each look (and of every sheet without a code) for nothing.
 */
export const DARK_ON_LIGHT = { inversionAttempts: 'dontInvert' } as const;

/** A binary PPM (pdftoppm's output) as the RGBA pixels jsQR reads. */
function readPpm(data: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = data.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i]!;
    rgba[j + 1] = rgb[i + 1]!;
    rgba[j + 2] = rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}

/**
 * What a phone would read from each printed sheet: the sheets rasterised as a printer would
 * (100 dpi), each decoded with jsQR. null for a sheet without a QR code.
 */
export function qrCodesOnSheets(pdf: Buffer): (string | null)[] {
  return inScratch(pdf, (file, dir) => {
    execFileSync(PDFTOPPM, ['-r', '100', file, join(dir, 'sheet')]);
    const sheets = readdirSync(dir).filter((f) => f.startsWith('sheet')).sort();
    return sheets.map((sheet) => {
      const { width, height, rgba } = readPpm(readFileSync(join(dir, sheet)));
      return jsQR(rgba, width, height, DARK_ON_LIGHT)?.data ?? null;
    });
  });
}
