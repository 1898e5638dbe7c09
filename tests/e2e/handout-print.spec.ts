import { expect, test } from '../support/test';
import { contentCodes } from '../support/content';
import { asPrinted, lostWords, pdfPageCount, pdfText, qrCodesOnSheets } from '../support/printed-pdf';
import { keptEditions } from '../support/editions';
import { shownCodes } from '../support/handout';
import { codeUrl, handoutUrl, printQrSheetUrl } from '../../src/shared/urls';
import { printedAddress } from '../../src/qr/printed-address';
import { CURRENT_EDITION, HANDOUT_PARAMS } from '../../src/shared/handout';
import { longDate } from '../../src/shared/dates';
import { HANDOUT_SECTIONS } from '../../src/code-page/sections';

/** A handout without `edition` is written against the newest kept edition. */
const KEPT = keptEditions()[0]!.year;
const codes = contentCodes().map((c) => c.code).slice(0, 3);
const address = (params: Record<string, string>) => handoutUrl(`?${new URLSearchParams(params)}`);

// The paper size changes no address: one size proves the printed addresses under a base path.
for (const format of ['A4', 'Letter'] as const) {
  test(`a handout prints on ${format}: header, date, every code with its title, page numbers, nothing cut off, no relative address, and a QR code of each code's pinned short address`, format === 'A4' ? { tag: '@base-path' } : {}, async ({ page, site }) => {
    const sections = HANDOUT_SECTIONS.map((s) => s.id).join(',');
    await page.goto(address({ [HANDOUT_PARAMS.codes]: codes.join(','), [HANDOUT_PARAMS.sections]: sections, [HANDOUT_PARAMS.title]: 'Week 2 handout' }));
    await expect(shownCodes(page)).toHaveCount(codes.length);
    const pdf = await page.pdf({ format });
    const sheets = pdfPageCount(pdf);
    expect(sheets).toBeGreaterThan(1);
    expect(await lostWords(page, pdf)).toEqual({ missing: [], cutOff: [] });
    await page.emulateMedia({ media: 'print' });
    const kept = await shownCodes(page).locator(':is(table, figure[data-reporting-example])').evaluateAll((blocks) => blocks.map((b) => getComputedStyle(b).breakInside));
    await page.emulateMedia({ media: null });
    expect(kept.length, 'the handout shows tables and worked examples').toBeGreaterThan(0);
    expect(new Set(kept), 'tables and worked examples are not split across sheets where they fit').toEqual(new Set(['avoid']));
    const raw = pdfText(pdf);
    // Glossary terms and code mentions print as words; other links with an address a reader can type.
    expect(raw.match(/<\/[^>]*>/g)).toBeNull();
    const text = asPrinted(raw);
    expect(text).toContain(asPrinted(`Week 2 handout`));
    expect(text).toContain(asPrinted(`${KEPT} edition`));
    expect(text).toContain(asPrinted(`Printed ${longDate(new Date())}`));
    for (const { code, title } of contentCodes().filter((c) => codes.includes(c.code))) expect(text).toContain(asPrinted(`${code} ${title}`));
    expect(text).toContain(asPrinted(`Page 1 of ${sheets}`));
    expect(text).toContain(asPrinted(`Page ${sheets} of ${sheets}`));
    // The builder's controls stay off paper.
    expect(text).not.toContain('Moveup');
    const expected = codes.map((code) => printedAddress(code, site.url, KEPT));
    for (const short of expected) expect(text).toContain(asPrinted(short));
    expect(qrCodesOnSheets(pdf).flat().sort()).toEqual([...expected].sort());
  });
}

test('a handout of the current pages fetches no QR code for the screen, and prints each code\'s live short address in its QR code', { tag: '@base-path' }, async ({ page, site }) => {
  const sheets = new Set(codes.map((code) => printQrSheetUrl(codeUrl(code))));
  expect(sheets.size, 'two of the codes share a QR sheet, as a handout\'s codes often do').toBeLessThan(codes.length);
  const sheetsFetched: string[] = [];
  page.on('request', (request) => sheets.has(new URL(request.url()).pathname) && sheetsFetched.push(new URL(request.url()).pathname));
  await page.goto(address({ [HANDOUT_PARAMS.codes]: codes.join(','), [HANDOUT_PARAMS.sections]: HANDOUT_SECTIONS.map((s) => s.id).join(','), [HANDOUT_PARAMS.edition]: CURRENT_EDITION }));
  await expect(shownCodes(page)).toHaveCount(codes.length);
  await page.waitForLoadState('networkidle');
  expect(sheetsFetched, 'the screen fetches no QR sheet (each is some 25 KB)').toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect(qrCodesOnSheets(pdf).flat().sort()).toEqual(codes.map((code) => printedAddress(code, site.url)).sort());
});
