import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Page } from '@playwright/test';
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
const DARK_ON_LIGHT = { inversionAttempts: 'dontInvert' } as const;

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

/**
 * What a phone would read from each printed sheet: the sheets rasterised as a printer would
 * (100 dpi), and every QR code on each.
 */
export function qrCodesOnSheets(pdf: Buffer): string[][] {
  return inScratch(pdf, (file, dir) => {
    execFileSync(PDFTOPPM, ['-r', '100', '-gray', file, join(dir, 'sheet')]);
    const sheets = readdirSync(dir).filter((f) => f.startsWith('sheet')).sort();
    return sheets.map((sheet) => allCodes(greyToRgba(readFileSync(join(dir, sheet)))));
  });
}

/**
 * Text as compared with a PDF's: without spacing (print wraps lines elsewhere than the screen) and
 * without hyphens (pdftotext joins a word hyphenated at a line's end, dropping the hyphen).
 */
export const asPrinted = (text: string) => text.replace(/\s+/g, '').replaceAll('-', '');

/** The PDF's text, compared as asPrinted() words it. */
export const printedText = (pdf: Buffer) => asPrinted(pdfText(pdf));

/** The words of `root` as print shows it that the PDF lacks, and the words printed off the sheet. */
export async function lostWords(page: Page, pdf: Buffer, root = 'main') {
  await page.emulateMedia({ media: 'print' });
  // The text print shows: screen-reader-only labels (a caption, a heading) take no room on paper either.
  const shown = await page.locator(root).evaluate((main) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.checkVisibility() && !parent.closest('.sr-only')) texts.push(node.textContent!);
    }
    return texts.join(' ').split(/\s+/).filter(Boolean);
  });
  await page.emulateMedia({ media: null });
  const printed = printedText(pdf);
  const missing = shown.filter((word) => !printed.includes(asPrinted(word)));
  const cutOff = pdfWords(pdf).flatMap(({ page: sheet, words }) => words.filter((w) => w.xMax > sheet.width || w.yMax > sheet.height).map((w) => w.text));
  return { missing, cutOff };
}
