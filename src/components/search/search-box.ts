import { searchCodeDirectory } from './code-directory';
import type { SearchHit } from './engine';
import { SearchUnavailableError, loadPagefind } from './pagefind';
import { renderHit } from './render-hit';
import { renderSummary } from './render-summary';
import { loadWordSearchData } from './word-data';
import { directoryShard } from '../../lib/code-directory';
import { DEBOUNCE_MS, INITIAL_BOX_STATE, boxTransition, isCurrent, submitAction, type BoxEvent } from '../../lib/search-box-state';
import { highlightTerms } from '../../lib/search-presentation';
import { findExactCode, isExactCodeMissing, parseQuery, wantsSuggestions } from '../../lib/search-query';
import { searchUrl } from '../../lib/urls';

/** Suggestions shown under the box; the search page lists the rest. */
const SUGGESTIONS = 8;

/**
 * The full-text engine (Pagefind, the vocabulary, ranking, spelling) is a chunk of its own: a code
 * query never needs it, so the box is ready for codes after one small download.
 */
const wordEngine = () => import('./engine');

interface Shown {
  value: string;
  hits: SearchHit[];
}

/**
 * Turns a plain search form into a WAI-ARIA combobox: suggestions as the user types, arrow keys
 * to move, Enter to open. The form keeps working as a GET form if anything here fails. The rules
 * live in src/lib/search-box-state.ts; this file searches and draws.
 */
export function enhanceSearchBox(input: HTMLInputElement): void {
  const form = input.form!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = form.querySelector<HTMLElement>('[data-search-listbox]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.parentElement!.querySelector<HTMLElement>('[data-search-status]')!;

  let state = INITIAL_BOX_STATE;
  let latest: Promise<Shown> = Promise.resolve({ value: '', hits: [] });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  function dispatch(event: BoxEvent) {
    state = boxTransition(state, event);
    panel.hidden = !state.open;
    input.setAttribute('aria-expanded', String(state.open && !listbox.hidden));
    const active = options()[state.active];
    for (const option of options()) option.setAttribute('aria-selected', String(option === active));
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function showOptions(hits: SearchHit[], highlight: string[]) {
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
  }

  function showText(text: string) {
    message.textContent = text;
    message.hidden = !text;
    status.textContent = text;
  }

  function search(value: string): Promise<Shown> {
    const sequence = state.sequence;
    const query = parseQuery(value);
    latest = (async () => {
      try {
        // Codes and code prefixes are answered from the small code directory; words need Pagefind.
        const shard = directoryShard(query);
        const outcome = shard ? await searchCodeDirectory(query, shard) : await (await wordEngine()).runSearch(query, {}, () => isCurrent(state, sequence));
        // A newer keystroke has already started its own search: fetching this one's result
        // fragments would only cost bytes for suggestions nobody will see.
        if (!isCurrent(state, sequence)) return { value, hits: [] };
        const hits = await outcome.load(0, SUGGESTIONS);
        if (!isCurrent(state, sequence)) return { value, hits };
        showOptions(hits, highlightTerms(query, outcome.note));
        const exactMissing = isExactCodeMissing(query, hits);
        status.textContent = renderSummary(message, query, outcome, exactMissing);
        message.hidden = outcome.total > 0 && !exactMissing && !outcome.note;
        all.hidden = outcome.total <= hits.length;
        all.href = searchUrl(value.trim());
        all.textContent = `See all ${outcome.total} ${shard ? 'codes' : 'results'}`;
        dispatch({ type: 'answered', sequence, options: hits.length, panel: query.kind !== 'empty' });
        return { value, hits };
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) throw error;
        if (isCurrent(state, sequence)) {
          showOptions([], []);
          all.hidden = true;
          showText(error.message);
          dispatch({ type: 'answered', sequence, options: 0, panel: true });
        }
        return { value, hits: [] };
      }
    })();
    return latest;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Words will need the engine, Pagefind and the vocabulary: start fetching all three at the first
    // letter, side by side, since each one is a round trip on a slow network.
    if (parseQuery(input.value).kind === 'text') {
      void wordEngine().catch(() => undefined);
      void loadPagefind().catch(() => undefined);
      void loadWordSearchData();
    }
    timer = setTimeout(() => {
      const wanted = wantsSuggestions(parseQuery(input.value));
      dispatch({ type: wanted ? 'typed' : 'cleared' });
      if (wanted) void search(input.value);
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!state.options) return;
      event.preventDefault();
      dispatch({ type: 'move', step: event.key === 'ArrowDown' ? 1 : -1 });
    } else if (event.key === 'Escape' && state.open) {
      event.preventDefault();
      dispatch({ type: 'close' });
    }
  });

  form.addEventListener('submit', (event) => {
    const query = parseQuery(input.value);
    const action = submitAction(state, query.kind === 'code');
    if (action === 'submit') return;
    event.preventDefault();
    if (action === 'open-active') return location.assign(options()[state.active]!.href);
    // A code typed and entered at once: wait for its search so an existing code opens directly.
    clearTimeout(timer);
    const value = input.value;
    void latest
      .then((shown) => (shown.value === value ? shown : (dispatch({ type: 'typed' }), search(value))))
      .then(({ hits }) => {
        const exact = findExactCode(query, hits);
        if (exact) location.assign(exact.url);
        else form.submit();
      });
  });

  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) dispatch({ type: 'close' });
  });
  input.addEventListener('focus', () => dispatch({ type: 'focus', hasText: !!input.value.trim() }));

  if (input.value.trim()) {
    dispatch({ type: 'typed' });
    void search(input.value);
  }
}
