import type { EngineDriver } from './driver';

/** Polls until `read` gives a value `accept` takes, then returns it; fails naming what it waited for. */
export async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean = Boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`waited ${timeoutMs} ms for ${what}; last seen: ${JSON.stringify(last)}`);
}

/** Waits until the page shown is `url` (path, query and #anchor compared), after a click or a key. */
export const untilAt = (driver: EngineDriver, url: string) => until(`the page ${url}`, () => driver.url(), (now) => now === url);

/** Waits until an element matching the selector is in the page and shown. */
export const untilShown = (driver: EngineDriver, selector: string) =>
  until(
    `${selector} to be shown`,
    () =>
      driver.evaluate((s) => {
        const el = document.querySelector(s);
        return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      }, selector),
  );
