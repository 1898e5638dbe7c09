import { expect, test, type Page } from '../support/test';
import { asPrinted, lostWords, pdfPageCount, pdfText, printedText, qrCodesOnSheets } from '../support/printed-pdf';
import { keptEditions } from '../support/editions';
import { codeUrl, pinnedCodeUrl, printQrSheetUrl } from '../../src/shared/urls';
import { printedAddress } from '../../src/qr/printed-address';

// The page the issue measured: five A4 sheets before print was reworked.
const CODE = '37249';
const MAX_SHEETS = 4;
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
    const printed = asPrinted(text);
    const short = printedAddress(CODE, site.url);
    expect(printed.includes(asPrinted(`Short address: ${short}`)), 'the short address is printed').toBe(true);
    // No relative address on paper: glossary terms and code mentions print as words, other links absolute.
    expect(text.match(/<\/[^>]*>/g)).toBeNull();
    expect(printed.includes(asPrinted(`<${site.url.replace(/\/$/, '')}${site.basePath}codes/families/`)), 'the family link prints its absolute address').toBe(true);
    expect(printed.includes(asPrinted(`/modifiers/`)), 'links in tables print as words').toBe(false);
    expect(qrCodesOnSheets(pdf)).toEqual([[short], ...Array.from({ length: sheets - 1 }, () => [])]);
  });
}

test('a pinned page prints the pinned short link and its QR code, which the screen never fetches', { tag: '@base-path' }, async ({ page, site }) => {
  const { year } = keptEditions().find((e) => e.codes.includes(CODE))!;
  const path = pinnedCodeUrl(year, CODE);
  const fetched: string[] = [];
  expect(await screenLoad(page, path)).toEqual([]);
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const pdf = await page.pdf({ format: 'A4' });
  expect(fetched).toContain(printQrSheetUrl(path));
  const short = printedAddress(CODE, site.url, year);
  expect(printedText(pdf).includes(asPrinted(`Short address: ${short}`)), 'the pinned short address is printed').toBe(true);
  expect(qrCodesOnSheets(pdf)[0]).toEqual([short]);
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
