import { prefetchFor } from './search-files';
import { isSearchShortcut } from '../../shared/search/shortcut-keys';
import { HIGHLIGHT_PARAM } from '../../shared/urls';

// Everything search needs loads on first focus, so reading a page costs no search code or index.
for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-form] [data-search-input]')) {
  const form = input.form!;
  let enhancing: Promise<void> | undefined;
  let enhanced = false;
  // Escape pressed since the last keystroke, before the search code came: the box must not open
  // its suggestions for what was typed once it is ready.
  let dismissed = false;
  input.addEventListener(
    'focus',
    () => {
      enhancing = import('./search-box').then(({ enhanceSearchBox }) => {
        enhanceSearchBox(input, dismissed);
        enhanced = true;
      });
      enhancing.catch(() => undefined);
    },
    { once: true },
  );
  input.addEventListener('input', () => {
    dismissed = false;
    prefetchFor(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !enhanced) dismissed = true;
  });
  form.addEventListener('submit', (event) => {
    if (enhanced || !enhancing) return;
    // Enter came before the search code did: let it decide (an exact code opens its page). If the
    // chunk cannot load, the form is still a plain GET form to the search page.
    event.preventDefault();
    enhancing.then(
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
