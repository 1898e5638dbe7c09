import { firstSuggestionsForWords, firstWordSuggestions, searchCodeDirectory } from './code-lookup';
import type { SearchHit, SearchOutcome } from './engine';
import { SearchUnavailableError, pagefindBundle } from './pagefind';
import { boxView, type BoxView } from './search-box-view';
import { loadWordSearchData } from './word-data';
import { mayBecomeCodePrefix } from '../../shared/codes';
import { directoryShard, mayBeIndexedWord, wordShard } from '../../shared/search/shards';
import { DEBOUNCE_MS, FULL_SEARCH_PAUSE_MS, INITIAL_BOX_STATE, boxTransition, isCurrent, submitAction, type BoxEvent, type BoxState } from '../../shared/search/search-box-state';
import { BOX_SUGGESTIONS, findExactCode, parseQuery, wantsSuggestions, type SearchQuery } from '../../shared/search/query';
import { kindOrder } from '../../shared/search/ranking';
import { answersAlone, severalWords } from '../../shared/search/word-suggestions';

/**
 * The full-text engine (Pagefind, the vocabulary, ranking, spelling) is a chunk of its own: a code
 * query never needs it, so the box is ready for codes after one small download.
 */
const wordEngine = () => import('./engine');

/**
 * Words need the vocabulary, which tells whether the word index answers alone: fetch it at the
 * first letter. A query the word index cannot answer (several words, or characters no indexed
 * word has) needs the engine and Pagefind too: start those side by side as soon as that shows,
 * since each one is a round trip on a slow network.
 */
function startWordLoads(value: string): void {
  const query = parseQuery(value);
  if (query.kind !== 'text' || mayBecomeCodePrefix(value)) return;
  void loadWordSearchData();
  if (!mayBeIndexedWord(query)) startFullSearchLoads();
}

function startFullSearchLoads(): void {
  void wordEngine().catch(() => undefined);
  void pagefindBundle().load().catch(() => undefined);
}

/** Whether what is typed is worth a search yet: "cpt" is how many coders start a code, so no words are searched for it. */
function shouldSearch(value: string): boolean {
  return wantsSuggestions(parseQuery(value)) && !mayBecomeCodePrefix(value);
}

/**
 * What an emptied box shows. It searches nothing: for no words Pagefind would count every filter
 * value (the search page's figures), loading its whole filter index, and from then on it counts
 * them again for every search, which at 10,000 codes made each search of several words several
 * times slower (docs/search.md).
 */
const NOTHING_TYPED: SearchOutcome = { total: 0, counts: {}, load: async () => [] };

/** The box searches the live pages only: a kept edition is a choice of the search page. */
async function searchLiveWords(query: SearchQuery, isWanted: () => boolean): Promise<SearchOutcome> {
  if (query.kind === 'empty') return NOTHING_TYPED;
  const engine = await wordEngine();
  return engine.runSearch(query, engine.liveScope(), isWanted);
}

interface Shown {
  value: string;
  hits: SearchHit[];
  /** False when a later keystroke replaced this search before it answered: its empty hits say nothing about the value. */
  answered: boolean;
}

/** The box's state and the view that draws it: what the searches and the event handlers share. */
interface Box {
  input: HTMLInputElement;
  view: BoxView;
  state: BoxState;
  dispatch(event: BoxEvent): void;
}

function openBox(input: HTMLInputElement): Box {
  const box: Box = {
    input,
    view: boxView(input),
    state: INITIAL_BOX_STATE,
    dispatch(event) {
      box.state = boxTransition(box.state, event);
      box.view.draw(box.state);
    },
  };
  return box;
}

interface BoxSearches {
  /** Searches what was typed and shows the answer, if it is still wanted when it comes. */
  search(value: string): Promise<Shown>;
  /** The search started last. */
  latest(): Promise<Shown>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a search replaced by a later keystroke gives: nothing shown, nothing known. */
const replaced = (value: string): Shown => ({ value, hits: [], answered: false });

/**
 * A word's suggestions from the small word index, and whether they are the whole answer. Several
 * words get first suggestions from it too, shown at once while Pagefind scores every page holding
 * them (up to a second at 10,000 codes, docs/search.md), unless the words name a modifier or a
 * family, whose page only the full search has and puts first.
 */
async function fromWordIndex(query: SearchQuery): Promise<{ hits: SearchHit[]; alone: boolean }> {
  const words = severalWords(query);
  if (words) {
    const [hits, data] = await Promise.all([firstSuggestionsForWords(query, words), loadWordSearchData()]);
    return { hits: kindOrder(query, data)[0] === 'code' ? hits : [], alone: false };
  }
  const shard = wordShard(query);
  if (!shard) return { hits: [], alone: false };
  const [hits, data] = await Promise.all([firstWordSuggestions(query, shard), loadWordSearchData()]);
  return { hits, alone: answersAlone(query, hits, data) };
}

function boxSearches(box: Box): BoxSearches {
  let latest: Promise<Shown> = Promise.resolve({ value: '', hits: [], answered: false });
  /** The keystroke whose first suggestions (from the word index) are shown, if any. */
  let firstShownFor = -1;
  const isWanted = (sequence: number) => isCurrent(box.state, sequence);

  /** A word the word index answers alone, or its first suggestions until the full search answers. */
  async function answerFromWordIndex(value: string, query: SearchQuery, sequence: number): Promise<Shown | undefined> {
    const { hits, alone } = await fromWordIndex(query);
    if (!hits.length || !isWanted(sequence)) return undefined;
    if (alone) box.view.showWordIndexAnswer(value, query, hits);
    else box.view.showFirstSuggestions(value, query, hits);
    firstShownFor = sequence;
    box.dispatch({ type: 'answered', sequence, options: hits.length, panel: true });
    return alone ? { value, hits, answered: true } : undefined;
  }

  async function answer(value: string, query: SearchQuery, sequence: number): Promise<Shown> {
    // Codes and code prefixes are answered from the small code directory; words from the small
    // word index when it can, else from Pagefind.
    const shard = directoryShard(query);
    // The pause runs while the word index answers, so a slow shard download does not add to it.
    const paused = shard ? undefined : pause(FULL_SEARCH_PAUSE_MS);
    const fromIndex = shard ? undefined : await answerFromWordIndex(value, query, sequence);
    if (fromIndex) return fromIndex;
    await paused;
    if (!isWanted(sequence)) return replaced(value);
    const outcome = shard ? await searchCodeDirectory(query, shard) : await searchLiveWords(query, () => isWanted(sequence));
    // A newer keystroke has already started its own search: fetching this one's result
    // fragments would only cost bytes for suggestions nobody will see.
    if (!isWanted(sequence)) return replaced(value);
    const hits = await outcome.load(0, BOX_SUGGESTIONS);
    if (!isWanted(sequence)) return replaced(value);
    // A suggestion highlighted among the first suggestions stays highlighted where it now sits.
    const highlightedHref = firstShownFor === sequence ? box.view.optionHref(box.state.active) : undefined;
    box.view.showAnswer(value, query, outcome, hits, shard ? 'codes' : 'results');
    box.dispatch({ type: 'answered', sequence, options: hits.length, panel: query.kind !== 'empty', highlighted: box.view.optionIndex(highlightedHref) });
    return { value, hits, answered: true };
  }

  function showUnavailable(message: string, sequence: number) {
    if (!isWanted(sequence)) return;
    box.view.showError(message);
    box.dispatch({ type: 'answered', sequence, options: 0, panel: true });
  }

  return {
    search(value) {
      const sequence = box.state.sequence;
      latest = answer(value, parseQuery(value), sequence).catch((error: unknown) => {
        if (!(error instanceof SearchUnavailableError)) throw error;
        showUnavailable(error.message, sequence);
        return { value, hits: [], answered: true };
      });
      return latest;
    },
    latest: () => latest,
  };
}

/** Searches what is typed once typing pauses; returns what cancels a search still waiting for the pause. */
function listenForTyping({ input, dispatch }: Box, searches: BoxSearches): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    dispatch({ type: 'keystroke' });
    startWordLoads(input.value);
    timer = setTimeout(() => {
      const wanted = shouldSearch(input.value);
      dispatch({ type: wanted ? 'typed' : 'cleared' });
      if (wanted) void searches.search(input.value);
    }, DEBOUNCE_MS);
  });
  return () => clearTimeout(timer);
}

function listenForKeys(box: Box): void {
  box.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!box.state.options) return;
      event.preventDefault();
      box.dispatch({ type: 'move', step: event.key === 'ArrowDown' ? 1 : -1 });
    } else if (event.key === 'Escape') {
      // Also before an answer has come: the reader has said no to suggestions for what is typed.
      if (box.state.open) event.preventDefault();
      box.dispatch({ type: 'close' });
    }
  });
}

function listenForSubmit(box: Box, searches: BoxSearches, cancelTyping: () => void): void {
  const { input, view, dispatch } = box;
  const form = input.form!;
  form.addEventListener('submit', (event) => {
    const query = parseQuery(input.value);
    const action = submitAction(box.state, query.kind === 'code');
    if (action === 'submit') return;
    event.preventDefault();
    if (action === 'open-active') return location.assign(view.optionHref(box.state.active)!);
    // A code typed and entered at once: wait for its search so an existing code opens directly.
    cancelTyping();
    const value = input.value;
    void searches
      .latest()
      // Only an answer to exactly this text counts: one replaced before it answered (the text was
      // changed and typed back) would send an existing code to the search page.
      .then((shown) => (shown.value === value && shown.answered ? shown : (dispatch({ type: 'typed' }), searches.search(value))))
      .then(({ hits }) => {
        const exact = findExactCode(query, hits);
        if (exact) location.assign(exact.url);
        else form.submit();
      });
  });
}

/**
 * Turns a plain search form into a WAI-ARIA combobox: suggestions as the user types, arrow keys
 * to move, Enter to open. The form keeps working as a GET form if anything here fails. The rules
 * live in src/shared/search/search-box-state.ts and the DOM in ./search-box-view.ts; this file wires events to
 * searches. `dismissedBeforeReady`: Escape was pressed after the last keystroke, before this code loaded.
 */
export function enhanceSearchBox(input: HTMLInputElement, dismissedBeforeReady = false): void {
  const box = openBox(input);
  if (dismissedBeforeReady) box.dispatch({ type: 'close' });
  const searches = boxSearches(box);
  const cancelTyping = listenForTyping(box, searches);
  listenForKeys(box);
  listenForSubmit(box, searches, cancelTyping);
  const form = input.form!;
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) box.dispatch({ type: 'close' });
  });
  input.addEventListener('focus', () => box.dispatch({ type: 'focus', hasText: !!input.value.trim() }));

  // Text typed while this code loaded is answered now, under the same rules as a keystroke.
  startWordLoads(input.value);
  if (input.value.trim() && shouldSearch(input.value)) {
    box.dispatch({ type: 'typed' });
    void searches.search(input.value);
  }
}
