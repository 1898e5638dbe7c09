import type { SearchHit, SearchOutcome } from './engine';
import { renderHit } from './render-hit';
import { renderSummary } from './render-summary';
import type { BoxState } from '../../shared/search/search-box-state';
import { firstSuggestionsMessage, highlightTerms, wordIndexMessage } from '../../shared/search/presentation';
import { isExactCodeMissing, type SearchQuery } from '../../shared/search/query';
import { searchUrl } from '../../shared/search/search-urls';

/** The header box's DOM: draws a state from src/shared/search/search-box-state.ts and a search's answer. */
export interface BoxView {
  draw(state: BoxState): void;
  /** The href of the suggestion at `index`. */
  optionHref(index: number): string | undefined;
  /** The index of the suggestion linking to `href`, or -1. */
  optionIndex(href: string | undefined): number;
  showAnswer(value: string, query: SearchQuery, outcome: Pick<SearchOutcome, 'total' | 'note'>, hits: SearchHit[], noun: string): void;
  /** A word's suggestions from the word index, as the box's whole answer. */
  showWordIndexAnswer(value: string, query: SearchQuery, hits: SearchHit[]): void;
  /** A word's first suggestions, until showAnswer gives the full search's. */
  showFirstSuggestions(value: string, query: SearchQuery, hits: SearchHit[]): void;
  showError(text: string): void;
}

/** The suggestions as the listbox's options, none highlighted yet. */
function fillListbox(listbox: HTMLElement, hits: SearchHit[], highlight: string[]): void {
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

export function boxView(input: HTMLInputElement): BoxView {
  const form = input.form!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const listbox = form.querySelector<HTMLElement>('[data-search-listbox]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.parentElement!.querySelector<HTMLElement>('[data-search-status]')!;
  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  /** Suggestions from the word index, which knows no total: the search page has them all. */
  function showIndexSuggestions(value: string, query: SearchQuery, hits: SearchHit[], text: string) {
    fillListbox(listbox, hits, highlightTerms(query));
    status.textContent = message.textContent = text;
    message.hidden = false;
    all.hidden = false;
    all.href = searchUrl(value.trim());
    all.textContent = 'See all results';
  }

  return {
    draw(state) {
      panel.hidden = !state.open;
      input.setAttribute('aria-expanded', String(state.open && !listbox.hidden));
      const active = options()[state.active];
      for (const option of options()) option.setAttribute('aria-selected', String(option === active));
      if (active) {
        input.setAttribute('aria-activedescendant', active.id);
        active.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    },
    optionHref: (index) => options()[index]?.href,
    optionIndex: (href) => options().findIndex((option) => option.href === href),
    showAnswer(value, query, outcome, hits, noun) {
      fillListbox(listbox, hits, highlightTerms(query, outcome.note));
      const exactMissing = isExactCodeMissing(query, hits);
      status.textContent = renderSummary(message, query, outcome, exactMissing);
      message.hidden = outcome.total > 0 && !exactMissing && !outcome.note;
      all.hidden = outcome.total <= hits.length;
      all.href = searchUrl(value.trim());
      all.textContent = `See all ${outcome.total} ${noun}`;
    },
    showWordIndexAnswer(value, query, hits) {
      showIndexSuggestions(value, query, hits, wordIndexMessage(query));
    },
    showFirstSuggestions(value, query, hits) {
      showIndexSuggestions(value, query, hits, firstSuggestionsMessage(query));
    },
    showError(text) {
      fillListbox(listbox, [], []);
      all.hidden = true;
      message.textContent = text;
      message.hidden = !text;
      status.textContent = text;
    },
  };
}
