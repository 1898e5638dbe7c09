import { prefetchFor } from './search-files';
import { isSearchShortcut } from '../../shared/search/shortcut-keys';
import { HIGHLIGHT_PARAM } from '../../shared/search/search-urls';

// Everything search needs loads on first focus, so reading a page costs no search code or index.
for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-form] [data-search-input]')) {
  const form = input.form!;
  let enhancing: Promise<void> | undefined;
  let enhanced = false;
  // Escape pressed since the last keystroke, before the search code came: the box must not open
  // its suggestions for what was typed once it is ready.
  let dismissed = false;
  const enhance = () => {
    enhancing ??= import('./search-box').then(({ enhanceSearchBox }) => {
      enhanceSearchBox(input, dismissed);
      enhanced = true;
    });
    enhancing.catch(() => undefined);
    return enhancing;
  };
  input.addEventListener('focus', enhance, { once: true });
  // Focused before this script ran (a reader quick on a slow page): no focus event is coming.
  if (document.activeElement === input) void enhance();
  input.addEventListener('input', () => {
    dismissed = false;
    prefetchFor(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !enhanced) dismissed = true;
  });
  form.addEventListener('submit', (event) => {
    if (enhanced) return;
    // Enter came before the search code did, even before focus started it: let that code decide
    // (an exact code opens its page). If it cannot load, the form is a plain GET form to the search page.
    event.preventDefault();
    enhance().then(
      () => form.requestSubmit(),
      () => form.submit(),
    );
  });
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = !!target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
  if (!isSearchShortcut(event, typing)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight-on-landing');
