import { expect, test, type Page } from '../support/test';
import { pdfPageCount, pdfText, pdfWords, qrCodesOnSheets } from '../support/printed-pdf';
import { keptEditions } from '../support/editions';
import { codeUrl, pinnedCodeUrl, printQrUrl } from '../../src/shared/urls';
import { printedAddress } from '../../src/qr/printed-address';

// The page the issue measured: five A4 sheets before print was reworked.
const CODE = '37249';
const MAX_SHEETS = 4;
const squash = (text: string) => text.replace(/\s+/g, '');
// pdftotext joins a word hyphenated at a line's end, dropping the hyphen.
const unhyphenated = (text: string) => text.replaceAll('-', '');

/** The words of the page as print shows it, that the PDF lacks; and the words printed off the sheet. */
async function lostWords(page: Page, pdf: Buffer) {
  await page.emulateMedia({ media: 'print' });
  // The text print shows: screen-reader-only labels (a caption, a heading) take no room on paper either.
  const shown = await page.locator('main').evaluate((main) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.checkVisibility() && !parent.closest('.sr-only')) texts.push(node.textContent!);
    }
    return texts.join(' ').split(/\s+/).filter(Boolean);
  });
  await page.emulateMedia({ media: null });
  const printed = unhyphenated(squash(pdfText(pdf)));
  const missing = shown.filter((word) => !printed.includes(unhyphenated(word)));
  const cutOff = pdfWords(pdf).flatMap(({ page: sheet, words }) => words.filter((w) => w.xMax > sheet.width || w.yMax > sheet.height).map((w) => w.text));
  return { missing, cutOff };
}

/** Loads a page as a reader's screen does and lists the QR files it fetched. */
async function screenLoad(page: Page, path: string): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(path, { waitUntil: 'networkidle' });
  return fetched.filter((path) => path.endsWith('.svg') && !path.endsWith('/favicon.svg'));
}

// The paper size changes no address: one size proves the printed addresses under a base path.
for (const format of ['A4', 'Letter'] as const) {
  test(`${CODE} prints on at most ${MAX_SHEETS} ${format} sheets with every word on paper and a QR code of its short address`, format === 'A4' ? { tag: '@base-path' } : {}, async ({ page, site }) => {
    expect(await screenLoad(page, codeUrl(CODE)), 'the screen load fetches no QR code').toEqual([]);
    await expect(page.locator('[data-print-qr]')).toBeHidden();
    const pdf = await page.pdf({ format });
    const sheets = pdfPageCount(pdf);
    expect(sheets).toBeLessThanOrEqual(MAX_SHEETS);
    expect(await lostWords(page, pdf)).toEqual({ missing: [], cutOff: [] });
    const text = pdfText(pdf);
    const printed = unhyphenated(squash(text));
    const short = printedAddress(CODE, site.url);
    expect(printed.includes(unhyphenated(`Shortaddress:${short}`)), 'the short address is printed').toBe(true);
    // No relative address on paper: glossary terms and code mentions print as words, other links absolute.
    expect(text.match(/<\/[^>]*>/g)).toBeNull();
    expect(printed.includes(unhyphenated(`<${site.url.replace(/\/$/, '')}${site.basePath}codes/families/`)), 'the family link prints its absolute address').toBe(true);
    expect(printed.includes(unhyphenated(`/modifiers/`)), 'links in tables print as words').toBe(false);
    expect(qrCodesOnSheets(pdf)).toEqual([short, ...Array(sheets - 1).fill(null)]);
  });
}

test('a pinned page prints the pinned short link and its QR code, which the screen never fetches', { tag: '@base-path' }, async ({ page, site }) => {
  const { year } = keptEditions().find((e) => e.codes.includes(CODE))!;
  const path = pinnedCodeUrl(year, CODE);
  const fetched: string[] = [];
  expect(await screenLoad(page, path)).toEqual([]);
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const pdf = await page.pdf({ format: 'A4' });
  expect(fetched).toContain(printQrUrl(path));
  const short = printedAddress(CODE, site.url, year);
  expect(unhyphenated(squash(pdfText(pdf))).includes(unhyphenated(`Shortaddress:${short}`)), 'the pinned short address is printed').toBe(true);
  expect(qrCodesOnSheets(pdf)[0]).toBe(short);
});

test('in print, glossary terms and code mentions read as plain words', async ({ page }) => {
  await page.goto(codeUrl(CODE));
  await page.emulateMedia({ media: 'print' });
  for (const link of [page.locator('main a[data-glossary-term]').first(), page.locator('main .prose-site a[data-code-link]').first()]) {
    const printed = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return { after: getComputedStyle(a, '::after').content, colour: style.color, line: style.textDecorationLine, around: getComputedStyle(a.parentElement!).color };
    });
    expect(printed).toEqual({ after: 'none', colour: printed.around, line: 'none', around: printed.around });
  }
});
