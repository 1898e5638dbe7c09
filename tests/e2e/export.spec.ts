import { expect, test } from '../support/test';
import { codeFileExportSchema, codeListExportSchema } from '../../src/export/export-schema';
import { PAGE_PARTS_KEY } from '../../src/shared/handout';
import { contentCodes } from '../support/content';
import { codeJsonUrl, codeListJsonUrl, codeUrl } from '../../src/shared/urls';

const codes = contentCodes();

test('/api/codes.json lists every code with its metadata and page URL, in the documented shape', async ({ request }) => {
  const response = await request.get(codeListJsonUrl());
  expect(response.status()).toBe(200);
  const list = codeListExportSchema.parse(await response.json());
  expect(list.codes.map((c) => c.code)).toEqual(codes.map((c) => c.code));
  for (const c of codes) {
    const item = list.codes.find((e) => e.code === c.code)!;
    expect(item.title).toBe(c.title);
    expect(item.addOn).toBe(c.addOn);
    expect(item.family.id).toBe(c.family);
    expect(item.reportWith.map((r) => r.code)).toEqual(c.primaryCodes ?? []);
    expect(item.modifiers.map((m) => m.modifier)).toEqual((c.modifiers ?? []).map((m) => m.modifier));
    expect(new URL(item.url).pathname).toBe(codeUrl(c.code));
  }
});

for (const c of codes) {
  test(`/api/codes/${c.code}.json matches its entry in the list, carries its page's handout parts, and its page URL works`, async ({ request }) => {
    const { [PAGE_PARTS_KEY]: pageParts, ...one } = codeFileExportSchema.parse(await (await request.get(codeJsonUrl(c.code))).json());
    const list = codeListExportSchema.parse(await (await request.get(codeListJsonUrl())).json());
    expect(one).toEqual(list.codes.find((e) => e.code === c.code));
    // The page's parts a handout shows, cut from the page itself: its heading and its sections.
    expect(pageParts).toContain(`<article data-code="${c.code}"`);
    expect(pageParts).toContain('id="quick-facts"');
    expect(pageParts).toContain('id="modifiers"');
    expect(pageParts).not.toContain('id="related-codes"');
    expect((await request.get(new URL(one.url).pathname)).status()).toBe(200);
    for (const r of [...one.reportWith, ...one.addOnCodes, ...one.related]) {
      if (r.url) expect((await request.get(new URL(r.url).pathname)).status()).toBe(200);
    }
  });
}
