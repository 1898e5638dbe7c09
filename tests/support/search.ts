import { expect, type Page } from '@playwright/test';

/**
 * Collects everything that would show up as a failure in a person's browser: uncaught errors,
 * console errors and dialogs. The browser's own favicon probe is not the page's doing.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/** The header search box, which "/" and Ctrl/Cmd+K jump to. */
export const headerSearch = (page: Page) => page.locator('#site-search');
export const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search suggestions' });

/** Codes of the suggestions shown under the header box, in order. */
export async function suggestedCodes(page: Page): Promise<string[]> {
  await expect(suggestions(page)).toBeVisible();
  return suggestions(page).getByRole('option').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset['searchHit'] ?? ''));
}

/** The visible note under the header box ("no results", "no exact match") and its spoken twin. */
export const suggestionMessage = (page: Page) => page.getByRole('banner').locator('[data-search-message]');
export const suggestionStatus = (page: Page) => page.getByRole('banner').getByRole('status');
