import { expect, test } from '../support/test';
import { keptEditions } from '../support/editions';
import { attributeOrder, handoutPartText, listedCodes, pageSectionText, sheet, shownCodes } from '../support/handout';
import { contentCodes } from '../support/content';
import { absoluteUrl, codeJsonUrl, codeListUrl, codeUrl, handoutLeadJsonUrl, handoutUrl, homeUrl, pinnedCodeUrl, pinnedPageOf } from '../../src/shared/urls';
import { CURRENT_EDITION, HANDOUT_PARAMS, MAX_HANDOUT_CODES, MAX_TITLE_LENGTH } from '../../src/shared/handout';
import { REPORTING_EXAMPLES } from '../../src/code-page/sections';

const codes = contentCodes().map((c) => c.code);
const [first, second, third] = codes as [string, string, string];
const titleOf = (code: string) => contentCodes().find((c) => c.code === code)!.title;
// The main build keeps one edition: the newest kept, and so every handout's default.
const KEPT = keptEditions()[0]!.year;

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
const listed = listedCodes;
const orderOf = attributeOrder;

test.describe('the handout builder', { tag: '@base-path' }, () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('adds codes by code and by words, reorders them by keyboard and pointer, removes one, and copies the link', async ({ page, site }) => {
    await page.goto(handoutUrl());
    await expect(page.locator('[data-handout-without-js]')).toBeHidden();
    const add = page.getByLabel('Add a code, or search by words');
    await add.fill(`cpt ${first}`);
    await add.press('Enter');
    await expect(listed(page)).toHaveCount(1);
    await expect(listed(page).first()).toContainText(`${first}: ${titleOf(first)}`);

    // Words: the site's own search, then the result's Add button.
    await add.fill(titleOf(second));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: `Add ${second} to the handout` }).click();
    await add.fill(third);
    await add.press('Enter');
    await expect(listed(page)).toHaveCount(3);
    expect(await orderOf(listed(page), 'data-code')).toEqual([first, second, third]);
    await expect(shownCodes(page)).toHaveCount(3);

    // Keyboard: focus stays on the moved code's button, so a second Enter moves it again.
    await page.getByRole('button', { name: `Move up ${third}` }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await orderOf(listed(page), 'data-code')).toEqual([third, first, second]);
    await expect(page.getByRole('button', { name: `Move up ${third}` })).toBeDisabled();
    // Pointer.
    await page.getByRole('button', { name: `Move down ${first}` }).click();
    expect(await orderOf(listed(page), 'data-code')).toEqual([third, second, first]);
    await expect.poll(() => orderOf(shownCodes(page), 'data-handout-code')).toEqual([third, second, first]);
    await page.getByRole('button', { name: `Remove ${second}` }).click();
    expect(await orderOf(listed(page), 'data-code')).toEqual([third, first]);
    await expect.poll(() => orderOf(shownCodes(page), 'data-handout-code')).toEqual([third, first]);

    // Sections: the default shows quick facts, overview and billing overview; choose others.
    const parts = shownCodes(page).first().locator('[data-handout-section]');
    await expect.poll(() => orderOf(parts, 'data-handout-section')).toEqual(['quick-facts', 'overview', 'billing-overview']);
    await page.getByRole('checkbox', { name: 'Quick facts' }).uncheck();
    await page.getByRole('checkbox', { name: 'Modifiers' }).check();
    await expect.poll(() => orderOf(parts, 'data-handout-section')).toEqual(['overview', 'billing-overview', 'modifiers']);
    await expect(parts.last().getByRole('heading', { name: 'Modifiers' })).toBeVisible();
    await expect(parts.last().locator('table')).toBeVisible();

    await page.getByLabel('Title').fill('Vein ablation, week 2');
    await page.getByLabel('Note for the reader').fill('Read before Tuesday.');
    await page.getByLabel('Edition').selectOption(CURRENT_EDITION);
    await expect(sheet(page)).toContainText('Vein ablation, week 2');
    await expect(sheet(page)).toContainText('Current pages');

    const expected = {
      [HANDOUT_PARAMS.codes]: `${third},${first}`,
      [HANDOUT_PARAMS.sections]: 'overview,billing-overview,modifiers',
      [HANDOUT_PARAMS.edition]: CURRENT_EDITION,
      [HANDOUT_PARAMS.title]: 'Vein ablation, week 2',
      [HANDOUT_PARAMS.note]: 'Read before Tuesday.',
    };
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual(expected);
    await page.getByRole('button', { name: 'Copy link to this handout' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin + copied.pathname).toBe(absoluteUrl(handoutUrl(), site.url));
    expect(Object.fromEntries(copied.searchParams)).toEqual(expected);

    // The live pages: a section beyond the defaults is read from the codes' exports; the default
    // sections alone from the lighter lead parts, which show the same sections.
    const sources = [third, first].flatMap((code) => [codeJsonUrl(code), handoutLeadJsonUrl(code)]);
    const fetched: string[] = [];
    page.on('request', (request) => sources.includes(new URL(request.url()).pathname) && fetched.push(new URL(request.url()).pathname));
    await page.reload();
    await expect.poll(() => orderOf(parts, 'data-handout-section')).toEqual(['overview', 'billing-overview', 'modifiers']);
    await page.getByRole('checkbox', { name: 'Modifiers' }).uncheck();
    await page.getByRole('checkbox', { name: 'Quick facts' }).check();
    await expect.poll(() => orderOf(parts, 'data-handout-section')).toEqual(['quick-facts', 'overview', 'billing-overview']);
    await expect(parts.first().locator('dd').first()).not.toBeEmpty();
    expect(fetched.sort()).toEqual(sources.sort());
  });

  test('"Copy for documents" puts the handout on the clipboard as rich HTML with working links, and as plain text', async ({ page, site }) => {
    await page.goto(handoutUrl(query({ codes: '37249', sections: 'overview,modifiers', title: 'Week 2' })));
    await expect(shownCodes(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Copy for documents' }).click();
    await expect(page.getByText('Handout copied for documents')).toBeVisible();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item!.getType('text/html')).text();
      const text = await (await item!.getType('text/plain')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const link = doc.querySelector('h2 a');
      return { text, heading: link?.textContent, headingHref: link?.getAttribute('href'), tables: doc.querySelectorAll('table').length, controls: doc.querySelectorAll('button, img, [class]').length, hrefs: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!) };
    });
    const address = new URL(page.url());
    expect(copied.heading).toBe(`37249 ${titleOf('37249')}`);
    expect(copied.headingHref).toBe(absoluteUrl(pinnedCodeUrl(KEPT, '37249'), site.url));
    expect(copied.tables).toBeGreaterThan(0);
    expect(copied.controls).toBe(0);
    expect(copied.hrefs.every((href) => href.startsWith(site.url))).toBe(true);
    expect(copied.text).toContain(`37249 ${titleOf('37249')}`);
    expect(copied.text).toContain('Week 2');
    expect(copied.text).toContain(absoluteUrl(handoutUrl(address.search), site.url));
  });

  test('"Add to handout" on code pages starts a handout, then extends it', async ({ page }) => {
    await page.goto(codeUrl(second));
    await page.getByRole('link', { name: `Add ${second} to a handout` }).click();
    await expect(listed(page)).toHaveCount(1);
    await page.goto(codeUrl(first));
    await page.getByRole('link', { name: `Add ${first} to a handout` }).click();
    await expect(listed(page)).toHaveCount(2);
    expect(await orderOf(listed(page), 'data-code')).toEqual([second, first]);
    await expect(page).toHaveURL((url) => url.searchParams.get(HANDOUT_PARAMS.codes) === `${second},${first}` && !url.searchParams.has(HANDOUT_PARAMS.add));
  });
});

test('a handout address alone shows the codes, in order, with the pinned pages\' own sections', { tag: '@base-path' }, async ({ page }) => {
  const sections = ['overview', 'modifiers', REPORTING_EXAMPLES.id];
  const expectedOverview = await pageSectionText(page, pinnedCodeUrl(KEPT, '37249'), 'overview');
  const pagesFetched: string[] = [];
  // Preloaded by the page's boot script, then taken by the handout's own fetch: any request counts.
  page.on('request', (request) => pinnedPageOf(new URL(request.url()).pathname) && pagesFetched.push(new URL(request.url()).pathname));
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(handoutUrl(query({ codes: `37249,${first}`, sections: sections.join(','), title: 'Week 2' })));
  await expect(sheet(page).locator('[data-handout-title]')).toHaveText('Week 2');
  await expect(sheet(page).locator('[data-handout-edition]')).toContainText(`${KEPT} edition`);
  await expect.poll(() => orderOf(shownCodes(page), 'data-handout-code')).toEqual(['37249', first]);
  const code = shownCodes(page).first();
  await expect(code.getByRole('heading', { level: 2 })).toHaveText(`37249 ${titleOf('37249')}`);
  const overview = code.locator('[data-handout-section="overview"]');
  expect(await handoutPartText(overview)).toBe(expectedOverview);
  // The worked examples are in 37249's body sections; shown alone, they come from the sections not shown.
  await expect(code.locator('[data-handout-section="reporting-examples"] figure')).not.toHaveCount(0);
  await expect(page.locator('[data-handout-problems]')).toBeEmpty();
  // Each code carries its pinned page's way back from paper.
  await expect(code.locator('[data-print-source]')).toContainText(pinnedCodeUrl(KEPT, '37249'));
  // Only the pages of the codes shown were fetched, each once (the preload served the handout), from the kept edition.
  expect(pagesFetched.sort()).toEqual([pinnedCodeUrl(KEPT, '37249'), pinnedCodeUrl(KEPT, first)].sort());
  // Every module the page ran was announced in its head, so none waited for the module importing it.
  const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(scripts.length, 'the handout ran its modules').toBeGreaterThan(1);
  expect(scripts.filter((script) => !preloaded.includes(script)), 'modules the head did not preload').toEqual([]);
});

test('the handout page carries the site\'s stylesheet inline: it asks for no stylesheet file and looks as the other pages do', { tag: '@base-path' }, async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => request.resourceType() === 'stylesheet' && stylesheets.push(request.url()));
  const look = () =>
    page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { font: style('body').fontFamily, header: style('body > header').borderBottomWidth, footer: style('body > footer').borderTopWidth, skipLink: style('body > a[href="#main"]').position };
    });
  await page.goto(homeUrl());
  const home = await look();
  expect(stylesheets, 'the home page links the stylesheet').toHaveLength(1);
  stylesheets.length = 0;
  await page.goto(handoutUrl(query({ codes: first })));
  await expect(shownCodes(page)).toHaveCount(1);
  expect(stylesheets).toEqual([]);
  expect(await look()).toEqual(home);
  expect(home.header, 'styled at all').toBe('1px');
});

test('bad input is named and the rest still renders', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const fillers = Array.from({ length: MAX_HANDOUT_CODES }, (_, i) => String(10000 + i));
  const title = `<script>window.pwned = 1</script>${'T'.repeat(10_000)}`;
  await page.goto(
    handoutUrl(
      query({
        codes: ['37249', 'abc', '37249', '99999', ...fillers].join(','),
        sections: 'overview,bogus',
        edition: '1999',
        title,
        note: '<b>bold</b> <img src=x onerror="window.pwned=2">',
      }),
    ),
  );
  const problems = page.locator('[data-handout-problems] li');
  await expect(problems.filter({ hasText: '"abc" is not a CPT code' })).toHaveCount(1);
  await expect(problems.filter({ hasText: '37249 was given more than once' })).toHaveCount(1);
  await expect(problems.filter({ hasText: '"bogus" is not a part of a code page' })).toHaveCount(1);
  await expect(problems.filter({ hasText: `The edition "1999" is not kept on this site (kept editions: ${KEPT})` })).toHaveCount(1);
  await expect(problems.filter({ hasText: 'The title was 10,033 characters long' })).toHaveCount(1);
  await expect(problems.filter({ hasText: `A handout holds at most ${MAX_HANDOUT_CODES} codes; ${fillers.at(-2)}` })).toHaveCount(1);
  await expect(problems.filter({ hasText: `99999 is not in the ${KEPT} edition` })).toHaveCount(1);
  await expect(listed(page)).toHaveCount(MAX_HANDOUT_CODES);
  // The good code still shows, from the newest kept edition.
  await expect(shownCodes(page)).toHaveCount(1);
  await expect(shownCodes(page).locator('[data-handout-section="overview"]')).toContainText('Overview');
  // Markup in the title and note shows as text and never runs.
  await expect(sheet(page).locator('[data-handout-title]')).toHaveText(title.slice(0, MAX_TITLE_LENGTH));
  await expect(sheet(page).locator('[data-handout-note]')).toHaveText('<b>bold</b> <img src=x onerror="window.pwned=2">');
  await expect(sheet(page).locator('script, b, img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  // Only the codes the handout holds were fetched, each from one source (its pinned page of its own,
  // or the live parts where the edition reads as live or has no such code): the rest never were.
  const folderOf = (url: string) => url.slice(0, url.lastIndexOf('/') + 1);
  const sourceFolders = [folderOf(handoutLeadJsonUrl('37249')), folderOf(codeJsonUrl('37249')), folderOf(pinnedCodeUrl(KEPT, '37249').slice(0, -1))];
  const sources = requested.filter((path) => sourceFolders.some((folder) => path.startsWith(folder)));
  const codes = new Set(sources.map((path) => /\/([0-9A-Z]{5})(\/|\.json)$/.exec(path)?.[1]));
  expect([...codes].sort()).toEqual(['37249', '99999', ...fillers.slice(0, MAX_HANDOUT_CODES - 2)].sort());
});

test.describe('with JavaScript off', { tag: '@base-path' }, () => {
  test.use({ javaScriptEnabled: false });
  test('the builder says it needs JavaScript and links to the code list', async ({ page }) => {
    await page.goto(handoutUrl(query({ codes: '37249' })));
    await expect(page.getByText('The handout builder runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'code list' })).toHaveAttribute('href', codeListUrl());
    await expect(page.locator('form[data-handout-builder]')).toBeHidden();
  });
});
