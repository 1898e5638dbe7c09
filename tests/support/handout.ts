import type { Locator, Page } from '@playwright/test';

/** The text of a section on a code page, as the handout shows it: what follows its heading, up to the next. */
export async function pageSectionText(page: Page, url: string, id: string): Promise<string> {
  await page.goto(url);
  return page.evaluate((id) => {
    const parts: string[] = [];
    for (let node = document.getElementById(id)!.parentElement!.nextElementSibling; node && !node.querySelector('h2'); node = node.nextElementSibling) {
      parts.push((node as HTMLElement).innerText);
    }
    return parts.join('\n').replace(/\s+/g, ' ').trim();
  }, id);
}

/** A handout part's text without its heading, spaces squashed as pageSectionText() does. */
export async function handoutPartText(part: Locator): Promise<string> {
  return (await part.innerText()).replace(/^[^\n]*\n/, '').replace(/\s+/g, ' ').trim();
}

export const sheet = (page: Page) => page.locator('article[data-handout]');
export const shownCodes = (page: Page) => sheet(page).locator('[data-handout-code]');
export const listedCodes = (page: Page) => page.locator('[data-handout-codes] > li');

/** The values of `attribute` on each element `locator` finds, in document order. */
export async function attributeOrder(locator: Locator, attribute: string): Promise<string[]> {
  return Promise.all((await locator.all()).map(async (element) => (await element.getAttribute(attribute))!));
}
