import { expect, test } from '../support/test';
import { contentCodes } from '../support/content';
import { pdfPageCount, pdfText } from '../support/printed-pdf';
import { allQrCodesOnSheets } from '../support/handout-qr';
import { shownCodes } from '../support/handout';
import { handoutUrl } from '../../src/shared/urls';
import { printedAddress } from '../../src/qr/printed-address';
import { CURRENT_EDITION, HANDOUT_PARAMS } from '../../src/shared/handout';
import { HANDOUT_SECTIONS } from '../../src/code-page/sections';

const KEPT = 2026;
const codes = contentCodes().map((c) => c.code).slice(0, 3);
const squash = (text: string) => text.replace(/\s+/g, '');
const address = (params: Record<string, string>) => handoutUrl(`?${new URLSearchParams(params)}`);

// The paper size changes no address: one size proves the printed addresses under a base path.
for (const format of ['A4', 'Letter'] as const) {
  test(`a handout prints on ${format}: header, every code with its title, page numbers, and a QR code of each code's pinned short address`, format === 'A4' ? { tag: '@base-path' } : {}, async ({ page, site }) => {
    const sections = HANDOUT_SECTIONS.map((s) => s.id).join(',');
    await page.goto(address({ [HANDOUT_PARAMS.codes]: codes.join(','), [HANDOUT_PARAMS.sections]: sections, [HANDOUT_PARAMS.title]: 'Week 2 handout' }));
    await expect(shownCodes(page)).toHaveCount(codes.length);
    const pdf = await page.pdf({ format });
    const sheets = pdfPageCount(pdf);
    expect(sheets).toBeGreaterThan(1);
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash(`Week 2 handout`));
    expect(text).toContain(squash(`${KEPT} edition`));
    for (const { code, title } of contentCodes().filter((c) => codes.includes(c.code))) expect(text).toContain(squash(`${code} ${title}`));
    expect(text).toContain(squash(`Page 1 of ${sheets}`));
    expect(text).toContain(squash(`Page ${sheets} of ${sheets}`));
    // The builder's controls stay off paper.
    expect(text).not.toContain('Moveup');
    const expected = codes.map((code) => printedAddress(code, site.url, KEPT));
    for (const short of expected) expect(text).toContain(squash(short));
    expect(allQrCodesOnSheets(pdf).flat().sort()).toEqual([...expected].sort());
  });
}

test('a handout of the current pages prints each code\'s live short address in its QR code', { tag: '@base-path' }, async ({ page, site }) => {
  await page.goto(address({ [HANDOUT_PARAMS.codes]: codes.join(','), [HANDOUT_PARAMS.sections]: HANDOUT_SECTIONS.map((s) => s.id).join(','), [HANDOUT_PARAMS.edition]: CURRENT_EDITION }));
  await expect(shownCodes(page)).toHaveCount(codes.length);
  const pdf = await page.pdf({ format: 'A4' });
  expect(allQrCodesOnSheets(pdf).flat().sort()).toEqual(codes.map((code) => printedAddress(code, site.url)).sort());
});
