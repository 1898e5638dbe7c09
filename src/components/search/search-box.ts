import { SearchUnavailableError, loadPagefind, runSearch, type SearchHit } from './engine';
import { searchCodeDirectory } from './code-directory';
import { renderHit } from './render-hit';
import { directoryShard } from '../../lib/code-directory';
import { findExactCode, highlightTerms, isExactCodeMissing, parseQuery, searchMessage, wantsSuggestions } from '../../lib/search-query';
import { searchUrl } from '../../lib/urls';

/** Suggestions shown under the box; the search page lists the rest. */
const SUGGESTIONS = 8;
/** Short enough to feel instant, long enough to skip keystrokes typed in one burst. */
const DEBOUNCE_MS = 30;

interface Shown {
  value: string;
  hits: SearchHit[];
}

/**
 * Turns a plain search form into a WAI-ARIA combobox: suggestions as the user types, arrow keys
 * to move, Enter to open. The form keeps working as a GET form if anything here fails.
 */
export function enhanceSearchBox(input: HTMLInputElement): void {
  const form = input.form!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = form.querySelector<HTMLElement>('[data-search-listbox]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.parentElement!.querySelector<HTMLElement>('[data-search-status]')!;

  let latest: Promise<Shown> = Promise.resolve({ value: '', hits: [] });
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const active = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

  function setOpen(open: boolean) {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open && !listbox.hidden));
    if (!open) setActive(undefined);
  }

  function setActive(option: HTMLAnchorElement | undefined) {
    for (const o of options()) o.setAttribute('aria-selected', String(o === option));
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function showMessage(text: string) {
    message.textContent = text;
    message.hidden = !text;
  }

  function render(value: string, hits: SearchHit[], total: number, exactMissing: boolean, noun: string) {
    const query = parseQuery(value);
    const highlight = highlightTerms(query);
    listbox.replaceChildren(
      ...hits.map((hit, i) => {
        const option = renderHit(hit, highlight);
        option.id = `${listbox.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        option.classList.add('aria-selected:bg-paper-alt', 'dark:aria-selected:bg-paper-alt-dark', 'hover:bg-paper-alt', 'dark:hover:bg-paper-alt-dark');
        return option;
      }),
    );
    listbox.hidden = hits.length === 0;
    const text = searchMessage(query, total, exactMissing);
    showMessage(total === 0 || exactMissing ? text : '');
    all.hidden = total <= hits.length;
    all.href = searchUrl(value.trim());
    all.textContent = `See all ${total} ${noun}`;
    status.textContent = text;
    setOpen(query.kind !== 'empty');
  }

  function search(value: string): Promise<Shown> {
    const id = ++sequence;
    const query = parseQuery(value);
    latest = (async () => {
      try {
        // Codes and code prefixes are answered from the small code directory; words need Pagefind.
        const shard = directoryShard(query);
        const outcome = shard ? await searchCodeDirectory(query, shard) : await runSearch(query);
        // A newer keystroke has already started its own search: fetching this one's result
        // fragments would only cost bytes for suggestions nobody will see.
        if (id !== sequence) return { value, hits: [] };
        const hits = await outcome.load(0, SUGGESTIONS);
        if (id === sequence) render(value, hits, outcome.total, isExactCodeMissing(query, hits), shard ? 'codes' : 'results');
        return { value, hits };
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) throw error;
        if (id === sequence) {
          listbox.replaceChildren();
          listbox.hidden = true;
          all.hidden = true;
          showMessage(error.message);
          status.textContent = error.message;
          setOpen(true);
        }
        return { value, hits: [] };
      }
    })();
    return latest;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Words will need Pagefind: start fetching it at the first letter, before the debounce ends.
    if (parseQuery(input.value).kind === 'text') void loadPagefind().catch(() => undefined);
    timer = setTimeout(() => {
      if (wantsSuggestions(parseQuery(input.value))) return void search(input.value);
      sequence++;
      setOpen(false);
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    const list = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!list.length) return;
      event.preventDefault();
      if (panel.hidden) setOpen(true);
      const at = list.indexOf(active()!);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(list[at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length]);
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      setOpen(false);
    }
  });

  form.addEventListener('submit', (event) => {
    const chosen = active();
    if (chosen) {
      event.preventDefault();
      location.assign(chosen.href);
      return;
    }
    const query = parseQuery(input.value);
    if (query.kind !== 'code') return;
    // A code typed and entered at once: wait for its search so an existing code opens directly.
    event.preventDefault();
    clearTimeout(timer);
    const value = input.value;
    void latest
      .then((shown) => (shown.value === value ? shown : search(value)))
      .then(({ hits }) => {
        const exact = findExactCode(query, hits);
        if (exact) location.assign(exact.url);
        else form.submit();
      });
  });

  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && listbox.childElementCount) setOpen(true);
  });

  if (input.value.trim()) void search(input.value);
}
