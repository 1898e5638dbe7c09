import { expect, test, type Page } from '../support/test';
import { keptEditions } from '../support/editions';
import { contentCodes } from '../support/content';
import { absoluteUrl, codeUrl, glossaryTermUrl, pinnedCodeUrl } from '../../src/shared/urls';

// 37249 has lists, a reporting example's table, a modifier table and links to 37248 and the glossary.
const CODE = '37249';
const title = contentCodes().find((c) => c.code === CODE)!.title;

/** Both clipboard types, as a word processor reads them on paste. */
async function clipboard(page: Page): Promise<{ types: string[]; html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : '');
    return { types: [...item!.types].sort(), html: await read('text/html'), text: await read('text/plain') };
  });
}

/** The copied HTML as a document: what it holds, and where its links lead. */
async function documentOf(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const count = (selector: string) => doc.querySelectorAll(selector).length;
    return {
      headings: [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
      lists: count('ul li, ol li'),
      tables: count('table'),
      hrefs: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      controls: count('button, nav, aside, [class], [data-copy-text], img'),
      lastParagraph: [...doc.querySelectorAll('p')].at(-1)!.textContent!,
    };
  }, html);
}

test.describe('"Copy for documents"', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the page on the clipboard as rich HTML with working links and the citation, and as plain text', async ({ page, site }) => {
    await page.goto(codeUrl(CODE));
    await page.getByRole('button', { name: 'Copy for documents: the current page, with its headings, tables and links' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Page copied' })).toHaveText('Page copied');
    const { types, html, text } = await clipboard(page);
    expect(types).toEqual(['text/html', 'text/plain']);
    const doc = await documentOf(page, html);
    expect(doc.headings).toEqual(expect.arrayContaining([`${CODE} ${title}`, 'Overview', 'Billing overview', 'Modifiers']));
    expect(doc.lists).toBeGreaterThan(5);
    expect(doc.tables).toBeGreaterThanOrEqual(2);
    // Links lead to the published site from any document; no button, navigation or styling comes along.
    const published = (path: string) => absoluteUrl(path, site.url);
    expect(doc.hrefs).toEqual(expect.arrayContaining([published(codeUrl('37248')), published(glossaryTermUrl('peripheral-vein'))]));
    expect(doc.hrefs.filter((href) => !/^(https?|mailto):/.test(href))).toEqual([]);
    expect(doc.controls).toBe(0);
    expect(doc.lastParagraph).toContain(`CPT ${CODE}: ${title}.`);
    expect(doc.lastParagraph).toContain(published(codeUrl(CODE)));

    expect(text.split('\n')[0]).toBe(`${CODE} ${title}`);
    expect(text).toMatch(/^- What is counted: each peripheral vein/m);
    expect(text).toMatch(/^37248\t1\tthe first vein treated$/m);
    expect(text).toContain(`CPT ${CODE}: ${title}.`);
    expect(text).not.toMatch(/Copy link|Copy citation|Short address/);
  });

  test('on a pinned page, copies the pinned page with its own citation', async ({ page, site }) => {
    const { year } = keptEditions().find((e) => e.codes.includes(CODE))!;
    await page.goto(pinnedCodeUrl(year, CODE));
    await page.getByRole('button', { name: `Copy for documents: the ${year} edition, with its headings, tables and links` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Page copied' })).toHaveText('Page copied');
    const { text } = await clipboard(page);
    expect(text).toContain(`pinned copy for the CPT ${year} code set`);
    expect(text).toContain(absoluteUrl(pinnedCodeUrl(year, CODE), site.url));
  });
});

test.describe('where the browser refuses formatted copy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies plain text and says so; where it refuses the clipboard, says how to copy by hand', async ({ page }) => {
    // A browser without rich clipboard writes: ClipboardItem exists, write() is refused.
    await page.addInitScript(() => {
      Clipboard.prototype.write = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.goto(codeUrl(CODE));
    const button = page.getByRole('button', { name: /Copy for documents: the current page/ });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Page copied as plain text' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`CPT ${CODE}: ${title}.`);

    await page.evaluate(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'Could not copy; select the text of the page and copy it instead' })).toBeVisible();
  });
});
