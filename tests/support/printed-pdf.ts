import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFTOPPM, ZBARIMG } from '../../scripts/test-env/ensure-poppler.mjs';

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

/** zbarimg's report of the sheets; exit status 4 means a sheet showed no code, which is an answer too. */
function zbarReport(sheets: string[]): string {
  // QR codes only: a table's rules must not pass for some other kind of barcode.
  const result = spawnSync(ZBARIMG, ['--xml', '-q', '-Sdisable', '-Sqrcode.enable', ...sheets], { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg failed (${result.status ?? result.signal}): ${result.stderr}`);
  return result.stdout;
}

/**
 * What a phone would read from each printed sheet: the sheets rasterised as a printer would
 * (100 dpi), and every QR code on each.
 */
export function qrCodesOnSheets(pdf: Buffer): string[][] {
  return inScratch(pdf, (file, dir) => {
    execFileSync(PDFTOPPM, ['-r', '100', '-gray', file, join(dir, 'sheet')]);
    const sheets = readdirSync(dir).filter((f) => f.startsWith('sheet')).sort().map((f) => join(dir, f));
    const codes = new Map(
      [...zbarReport(sheets).matchAll(/<source href='([^']*)'>([\s\S]*?)<\/source>/g)].map(([, sheet, found]) => [
        sheet,
        [...found!.matchAll(/<data><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)].map(([, data]) => data!),
      ]),
    );
    return sheets.map((sheet) => codes.get(sheet) ?? []);
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
