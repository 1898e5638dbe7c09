import { runSearch, type SearchOutcome } from './engine';
import { SearchUnavailableError, loadFilterIndex } from './pagefind';
import { renderHit } from './render-hit';
import { renderSummary } from './render-summary';
import { DEBOUNCE_MS } from '../../lib/search-box-state';
import { highlightTerms } from '../../lib/search-presentation';
import { isExactCodeMissing, parseQuery, readSearchState, type SearchState } from '../../lib/search-query';
import { searchUrl } from '../../lib/urls';

const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;

// The groups the page rendered (src/lib/code-fields.ts declares them), so this script carries no copy.
const FILTER_KEYS = [...form.querySelectorAll<HTMLElement>('[data-filter-group]')].map((group) => group.dataset.filterGroup!);

let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let showMore = () => {};

/** The form as a search state; only values the page offers count, so a stale link degrades to "Any". */
function formState(): SearchState {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const chosen = form.querySelector<HTMLInputElement>(`input[name="${key}"]:checked`)?.value;
    if (chosen) filters[key] = chosen;
  }
  return { query: input.value, filters };
}

function applyState({ query, filters }: SearchState) {
  input.value = query;
  for (const key of FILTER_KEYS) {
    const radios = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)];
    (radios.find((radio) => radio.value === (filters[key] ?? '')) ?? radios[0])!.checked = true;
  }
}

/** For each group, how many results each value would give with the other groups' filters kept. */
async function groupCounts(state: SearchState, main: SearchOutcome) {
  const query = parseQuery(state.query);
  const counts = { ...main.counts };
  await Promise.all(
    FILTER_KEYS.filter((key) => state.filters[key]).map(async (key) => {
      const others = Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== key));
      counts[key] = (await runSearch(query, others, () => false)).counts[key] ?? {};
    }),
  );
  return counts;
}

function showCounts(counts: Record<string, Record<string, number>>) {
  for (const key of FILTER_KEYS) {
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
      const badge = radio.parentElement!.querySelector('[data-filter-count]');
      if (badge) badge.textContent = `(${counts[key]?.[radio.value] ?? 0})`;
    }
  }
}

async function update() {
  const id = ++sequence;
  const state = formState();
  history.replaceState(null, '', searchUrl(state.query.trim(), state.filters));
  const query = parseQuery(state.query);
  try {
    await loadFilterIndex();
    const outcome = await runSearch(query, state.filters, () => id === sequence);
    const [first, counts] = await Promise.all([outcome.load(0, PAGE_SIZE), groupCounts(state, outcome)]);
    if (id !== sequence) return;
    showCounts(counts);
    const filtered = Object.keys(state.filters).length > 0;
    if (query.kind === 'empty' && filtered) summary.textContent = `${outcome.total} code${outcome.total === 1 ? '' : 's'} match the filters.`;
    else renderSummary(summary, query, outcome, isExactCodeMissing(query, first));
    const highlight = highlightTerms(query, outcome.note);
    const item = (hit: (typeof first)[number]) => {
      const li = document.createElement('li');
      li.append(renderHit(hit, highlight));
      return li;
    };
    list.replaceChildren(...first.map(item));
    let shown = first.length;
    more.hidden = shown >= outcome.total;
    showMore = () => {
      void outcome.load(shown, shown + PAGE_SIZE).then((next) => {
        if (id !== sequence) return;
        list.append(...next.map(item));
        shown += next.length;
        more.hidden = shown >= outcome.total;
      });
    };
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    summary.textContent = error.message;
  }
}

for (const element of form.querySelectorAll<HTMLElement>('[data-search-without-js]')) element.hidden = true;
applyState(readSearchState(new URLSearchParams(location.search), FILTER_KEYS));
void update();

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void update(), DEBOUNCE_MS);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) void update();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void update();
});
more.addEventListener('click', () => showMore());
