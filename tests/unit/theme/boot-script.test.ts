// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEME_BOOT_HASH, THEME_BOOT_SCRIPT } from '../../../src/theme/boot-script';
import { THEME_ATTRIBUTE, THEME_CHOICES, THEME_SELECT, THEME_STORAGE_KEY, THEME_SWITCH } from '../../../src/theme/theme';

const root = () => document.documentElement;

/** Runs the inline script as a page would, then lets the page finish parsing. */
function boot() {
  new Function(THEME_BOOT_SCRIPT)();
  document.dispatchEvent(new Event('DOMContentLoaded'));
}

const select = () => document.querySelector<HTMLSelectElement>(`[${THEME_SELECT}]`)!;

beforeEach(() => {
  localStorage.clear();
  root().removeAttribute(THEME_ATTRIBUTE);
  const options = THEME_CHOICES.map((c) => `<option value="${c}">${c}</option>`).join('');
  document.body.innerHTML = `<div hidden ${THEME_SWITCH}><select ${THEME_SELECT}>${options}</select></div>`;
});
afterEach(() => localStorage.clear());

describe('the theme boot script', () => {
  it('applies a stored forced theme to <html> and shows the switch with the choice', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    boot();
    expect(root().getAttribute(THEME_ATTRIBUTE)).toBe('dark');
    expect(select().value).toBe('dark');
    expect(document.querySelector<HTMLElement>(`[${THEME_SWITCH}]`)!.hidden).toBe(false);
  });

  it('leaves the system in charge when nothing, or something unknown, is stored', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    boot();
    expect(root().hasAttribute(THEME_ATTRIBUTE)).toBe(false);
    expect(select().value).toBe('system');
  });

  it('keeps a choice, and forgets it for "system"', () => {
    boot();
    select().value = 'light';
    select().dispatchEvent(new Event('change'));
    expect(root().getAttribute(THEME_ATTRIBUTE)).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    select().value = 'system';
    select().dispatchEvent(new Event('change'));
    expect(root().hasAttribute(THEME_ATTRIBUTE)).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('is allowed by its hash, computed from the very text pages carry', () => {
    expect(THEME_BOOT_HASH).toBe(`sha256-${createHash('sha256').update(THEME_BOOT_SCRIPT).digest('base64')}`);
  });
});
