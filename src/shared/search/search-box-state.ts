/**
 * The header search box as a state machine: what is open, which suggestion is highlighted, and
 * which answer is still wanted. The view (src/browser/search/search-box.ts) only dispatches
 * events and draws the state, so every rule here is testable without a browser.
 */
/** Short enough to feel instant, long enough to skip keystrokes typed in one burst. */
export const DEBOUNCE_MS = 30;
/**
 * How long typing must pause before a full-text search (the box's, after DEBOUNCE_MS, and the
 * search page's). Pagefind searches one query at a time in its worker, and a search of several
 * words most pages hold takes some 0.3 to 1 s at 10,000 codes (docs/search.md); searched at every
 * keystroke of "guidewire sheath", the searches queued up behind each other for seconds
 * (BENCHMARKS.md, issue 24). Codes and indexed words are answered in the box
 * from small files and do not wait.
 */
export const FULL_SEARCH_PAUSE_MS = 200;

export interface BoxState {
  /** Bumped by every keystroke: an answer to an older one is dropped. */
  sequence: number;
  open: boolean;
  /** How many suggestions are shown. */
  options: number;
  /** The highlighted suggestion, or -1 for none. */
  active: number;
  /**
   * The reader closed the panel (Escape, or focus left) since their last keystroke: an answer still
   * on its way, or a search the pause after that keystroke starts, fills the list but does not
   * open it under them.
   */
  dismissed: boolean;
}

export const INITIAL_BOX_STATE: BoxState = { sequence: 0, open: false, options: 0, active: -1, dismissed: false };

export type BoxEvent =
  /** The reader typed or deleted a character. */
  | { type: 'keystroke' }
  /** Typing paused on a query that will be searched. */
  | { type: 'typed' }
  /** A keystroke leaving too little to suggest for: closes the panel. */
  | { type: 'cleared' }
  /**
   * An answer arrived for the search started at `sequence`; `panel` is whether it has anything to
   * show. `highlighted`: where the option the user had highlighted sits in it, when this answer
   * replaces an earlier one to the same keystroke (the full search after first suggestions).
   */
  | { type: 'answered'; sequence: number; options: number; panel: boolean; highlighted?: number }
  | { type: 'move'; step: 1 | -1 }
  | { type: 'close' }
  | { type: 'focus'; hasText: boolean };

export function isCurrent(state: BoxState, sequence: number): boolean {
  return state.sequence === sequence;
}

export function boxTransition(state: BoxState, event: BoxEvent): BoxState {
  switch (event.type) {
    case 'keystroke':
      return state.dismissed ? { ...state, dismissed: false } : state;
    case 'typed':
      return { ...state, sequence: state.sequence + 1 };
    case 'cleared':
      return { ...state, sequence: state.sequence + 1, open: false, active: -1, dismissed: false };
    case 'answered': {
      if (!isCurrent(state, event.sequence)) return state;
      const kept = event.highlighted ?? -1;
      const open = event.panel && !state.dismissed;
      return { ...state, options: event.options, open, active: open && kept >= 0 && kept < event.options ? kept : -1 };
    }
    case 'move': {
      if (!state.options) return state;
      const from = state.active < 0 ? (event.step > 0 ? -1 : state.options) : state.active;
      return { ...state, open: true, dismissed: false, active: (from + event.step + state.options) % state.options };
    }
    case 'close':
      return { ...state, open: false, active: -1, dismissed: true };
    case 'focus':
      return { ...state, open: state.open || (event.hasText && state.options > 0), dismissed: false };
  }
}

/** What Enter does: open the highlighted suggestion, wait for a typed code's page, or search. */
type SubmitAction = 'open-active' | 'open-exact-code' | 'submit';

export function submitAction(state: BoxState, isCodeQuery: boolean): SubmitAction {
  if (state.open && state.active >= 0) return 'open-active';
  return isCodeQuery ? 'open-exact-code' : 'submit';
}
