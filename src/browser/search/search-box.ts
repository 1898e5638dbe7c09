import { firstWordSuggestions, searchCodeDirectory } from './code-lookup';
import type { SearchHit } from './engine';
import { SearchUnavailableError, pagefindBundle } from './pagefind';
import { boxView } from './search-box-view';
import { loadWordSearchData } from './word-data';
import { mayBecomeCodePrefix } from '../../shared/codes';
import { directoryShard } from '../../shared/search/code-directory';
import { DEBOUNCE_MS, INITIAL_BOX_STATE, boxTransition, isCurrent, submitAction, type BoxEvent } from '../../shared/search/search-box-state';
import { BOX_SUGGESTIONS, findExactCode, parseQuery, wantsSuggestions, type SearchQuery } from '../../shared/search/query';
import { wordShard } from '../../shared/search/word-suggestions';

/**
 * The full-text engine (Pagefind, the vocabulary, ranking, spelling) is a chunk of its own: a code
 * query never needs it, so the box is ready for codes after one small download.
 */
const wordEngine = () => import('./engine');

/**
 * Words will need the engine, Pagefind and the vocabulary: start fetching all three at the first
 * letter, side by side, since each one is a round trip on a slow network.
 */
function startWordLoads(value: string): void {
  if (parseQuery(value).kind !== 'text' || mayBecomeCodePrefix(value)) return;
  void wordEngine().catch(() => undefined);
  void pagefindBundle().load().catch(() => undefined);
  void loadWordSearchData();
}

/** Whether what is typed is worth a search yet: "cpt" is how many coders start a code, so no words are searched for it. */
function shouldSearch(value: string): boolean {
  return wantsSuggestions(parseQuery(value)) && !mayBecomeCodePrefix(value);
}

/** The box searches the live pages only: a kept edition is a choice of the search page. */
async function searchLiveWords(query: SearchQuery, isWanted: () => boolean) {
  const engine = await wordEngine();
  return engine.runSearch(query, engine.liveScope(), isWanted);
}

interface Shown {
  value: string;
  hits: SearchHit[];
}

/**
 * Turns a plain search form into a WAI-ARIA combobox: suggestions as the user types, arrow keys
 * to move, Enter to open. The form keeps working as a GET form if anything here fails. The rules
 * live in src/shared/search/search-box-state.ts and the DOM in ./search-box-view.ts; this file wires events to
 * searches.
 */
export function enhanceSearchBox(input: HTMLInputElement): void {
  const form = input.form!;
  const view = boxView(input);
  let state = INITIAL_BOX_STATE;
  let latest: Promise<Shown> = Promise.resolve({ value: '', hits: [] });
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The keystroke whose first suggestions (from the word index) are shown, if any. */
  let firstShownFor = -1;

  function dispatch(event: BoxEvent) {
    state = boxTransition(state, event);
    view.draw(state);
  }

  /** Shows a word's first suggestions from the small word index, unless the full answer came first. */
  function showFirstSuggestions(value: string, query: SearchQuery, sequence: number, answered: () => boolean) {
    const shard = wordShard(query);
    if (!shard) return;
    void firstWordSuggestions(query, shard).then((hits) => {
      if (!hits.length || answered() || !isCurrent(state, sequence)) return;
      view.showFirstSuggestions(value, query, hits);
      firstShownFor = sequence;
      dispatch({ type: 'answered', sequence, options: hits.length, panel: true });
    });
  }

  function search(value: string): Promise<Shown> {
    const sequence = state.sequence;
    const query = parseQuery(value);
    let answered = false;
    showFirstSuggestions(value, query, sequence, () => answered);
    latest = (async () => {
      try {
        // Codes and code prefixes are answered from the small code directory; words need Pagefind.
        const shard = directoryShard(query);
        const outcome = shard ? await searchCodeDirectory(query, shard) : await searchLiveWords(query, () => isCurrent(state, sequence));
        // A newer keystroke has already started its own search: fetching this one's result
        // fragments would only cost bytes for suggestions nobody will see.
        if (!isCurrent(state, sequence)) return { value, hits: [] };
        const hits = await outcome.load(0, BOX_SUGGESTIONS);
        if (!isCurrent(state, sequence)) return { value, hits };
        answered = true;
        // A suggestion highlighted among the first suggestions stays highlighted where it now sits.
        const highlightedHref = firstShownFor === sequence ? view.optionHref(state.active) : undefined;
        view.showAnswer(value, query, outcome, hits, shard ? 'codes' : 'results');
        dispatch({ type: 'answered', sequence, options: hits.length, panel: query.kind !== 'empty', highlighted: view.optionIndex(highlightedHref) });
        return { value, hits };
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) throw error;
        answered = true;
        if (isCurrent(state, sequence)) {
          view.showError(error.message);
          dispatch({ type: 'answered', sequence, options: 0, panel: true });
        }
        return { value, hits: [] };
      }
    })();
    return latest;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    startWordLoads(input.value);
    timer = setTimeout(() => {
      const wanted = shouldSearch(input.value);
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
    if (action === 'open-active') return location.assign(view.optionHref(state.active)!);
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

  // Text typed while this code loaded is answered now, under the same rules as a keystroke.
  startWordLoads(input.value);
  if (input.value.trim() && shouldSearch(input.value)) {
    dispatch({ type: 'typed' });
    void search(input.value);
  }
}
