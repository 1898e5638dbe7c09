import { expect, test } from '../support/test';
import { htmlElements, readableTextOf } from '../support/html';
import { readingPages, readPage } from '../support/site';
import { withBase } from '../../src/shared/urls';

test.use({ javaScriptEnabled: false });

const TEXT_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'li', 'dt', 'dd', 'th', 'td', 'caption']);
// innerText applies CSS text-transform, so compare without case as well as without spacing.
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

type Node = ReturnType<typeof htmlElements>[number];
/**
 * A part that exists only through its script, marked data-script-only: the home page's recently
 * viewed codes, the practice pages' answer forms, progress and paged set. Anything else hidden
 * still counts, so a page cannot pass by hiding its text.
 */
function shownOnlyByScript(element: Node): boolean {
  for (let at: Node['parent'] = element; at; at = at.parent) if ('attribs' in at && 'data-script-only' in at.attribs) return true;
  return false;
}

// Search and the handout builder need JavaScript by nature (their own pages explain that, see
// search-page.spec.ts and handout.spec.ts); every other page is reading material and must be
// complete without it. An embed card has no navigation of its own to check (a course page frames
// it): embed.spec.ts reads it with JavaScript off.
const NEEDS_JAVASCRIPT_OR_FRAMED = new Set(['search', 'handout', 'embed']);
for (const page of readingPages().filter((p) => !NEEDS_JAVASCRIPT_OR_FRAMED.has(p.type))) {
  test(`${page.path} shows its full text and navigation with JavaScript off`, async ({ page: tab }) => {
    await tab.goto(withBase(page.path));
    const elements = htmlElements(readPage(page)).filter((e) => !shownOnlyByScript(e));
    // What sits behind a disclosure is one click away: open each, as a reader would.
    const closed = tab.locator('details:not([open]) > summary');
    for (let left = await closed.count(); left > 0; left--) await closed.first().click();
    const shown = squash(await tab.locator('body').innerText());

    // data-print-only marks text written for the printed handout alone (the page's own URL).
    const blocks = elements.filter((e) => TEXT_BLOCKS.has(e.name) && readableTextOf(e).trim() && !('data-print-only' in e.attribs));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(shown, `<${block.name}> ${readableTextOf(block).trim()}`).toContain(squash(readableTextOf(block)));

    const navs = tab.getByRole('navigation');
    expect(await navs.count()).toBeGreaterThan(0);
    for (const nav of await navs.all()) {
      for (const link of await nav.getByRole('link').all()) await expect(link).toBeVisible();
    }
    await expect(tab.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  });
}
