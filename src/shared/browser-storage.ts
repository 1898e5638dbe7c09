/**
 * Reading and writing what the site keeps in the browser (localStorage). Storage can be missing or
 * throw (private modes, blocked site data, a full quota); then nothing is kept and the page works
 * as on a first visit. Taking the store as an argument keeps callers testable without a browser.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or undefined where reading the property itself throws. */
export function localStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readStored(store: KeyValueStore | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps a value, or forgets the key for null; false when the store refused. */
export function writeStored(store: KeyValueStore | undefined, key: string, value: string | null): boolean {
  if (!store) return false;
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
