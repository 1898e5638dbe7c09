import { expect, test } from 'vitest';
import { first, type SuiteContext } from './suite-context';
import { until } from './waits';
import { codeUrl } from '../../src/shared/urls';

/** Copy link and copy citation: the clipboard where the engine lets a page write it, and what the reader reads either way. */
export function copyTests({ driver: get, at, engine }: SuiteContext) {
  test('copy link and copy citation say what they did, and the clipboard holds the text', async () => {
    const driver = get();
    await driver.goto(at(() => codeUrl(first.code)));
    const buttons = await driver.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')].slice(0, 2).map((b) => ({ label: b.getAttribute('aria-label')!, text: b.dataset.copyText!, done: b.dataset.copyDone!, hidden: b.hidden })),
    );
    expect(buttons.map((b) => b.hidden), `${engine}: the copy buttons are offered (localhost is a secure context)`).toEqual([false, false]);
    for (const button of buttons) {
      const selector = `button[aria-label="${button.label}"]`;
      await driver.click(selector);
      const status = await until(`the status after "${button.label}"`, () => driver.evaluate((s) => document.querySelector(s)!.parentElement!.querySelector('[data-copy-status]')!.textContent!.trim(), selector));
      expect(status, `${engine}: what the reader reads after "${button.label}"`).toBe(button.done);
      await driver.evaluate(() => ((document.querySelector('#site-search') as HTMLInputElement).value = ''));
      await driver.click('#site-search');
      await driver.press('Control+v');
      expect(await driver.evaluate(() => (document.querySelector('#site-search') as HTMLInputElement).value), `${engine}: pasted from the clipboard`).toBe(button.text);
    }

    // "Copy for documents": both engines take rich HTML (WebKit only since the write starts within the click).
    const documents = 'button[data-copy-documents]';
    await driver.click(documents);
    const done = await driver.evaluate((s) => document.querySelector<HTMLElement>(s)!.dataset.copyDone!, documents);
    const status = await until('the status after "Copy for documents"', () => driver.evaluate((s) => document.querySelector(s)!.parentElement!.querySelector('[data-copy-status]')!.textContent!.trim(), documents));
    expect(status, `${engine}: what the reader reads after "Copy for documents" (not the plain-text fallback)`).toBe(done);
    await driver.evaluate(() => ((document.querySelector('#site-search') as HTMLInputElement).value = ''));
    await driver.click('#site-search');
    await driver.press('Control+v');
    // A one-line box keeps the plain text, its line breaks dropped or made spaces as the engine does.
    const pasted = await driver.evaluate(() => (document.querySelector('#site-search') as HTMLInputElement).value);
    expect(pasted.startsWith(`${first.code} ${first.title}`), `${engine}: the page's heading pasted first, got "${pasted.slice(0, 80)}"`).toBe(true);
    expect(pasted, `${engine}: the citation pasted last`).toContain(`CPT ${first.code}: ${first.title}.`);
  });
}
