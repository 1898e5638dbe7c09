import { runSearch, type SearchOutcome, type SearchScope } from './engine';
import { SearchUnavailableError, pagefindBundle } from './pagefind';
import { renderHit } from './render-hit';
import { renderSummary } from './render-summary';
import { FULL_SEARCH_PAUSE_MS } from '../../shared/search/search-box-state';
import { highlightTerms } from '../../shared/search/presentation';
import { isExactCodeMissing, parseQuery } from '../../shared/search/query';
import { chosenEdition, filtersWithout, readSearchState, searchStateUrl, type SearchState } from '../../shared/search/page-state';
import { SEARCH_EDITION_PARAM, SEARCH_QUERY_PARAM } from '../../shared/search/search-urls';

const PAGE_SIZE = 20;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_QUERY_PARAM}"]`)!;
const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;

// The groups the page rendered (src/schema/code-fields.ts declares them), so this script carries no copy.
const FILTER_KEYS = [...form.querySelectorAll<HTMLElement>('[data-filter-group]')].map((group) => group.dataset.filterGroup!);
// The kept editions the page offers (rendered from the build's kept editions); none when there are none.
const editionRadios = [...form.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_EDITION_PARAM}"]`)];
const EDITIONS = editionRadios.filter((radio) => radio.value).map((radio) => Number(radio.value));

let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let showMore = () => {};

const checkedValue = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

/** The form as a search state; only values the page offers count, so a stale link degrades to "Any". */
function formState(): SearchState {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const chosen = checkedValue(key);
    if (chosen) filters[key] = chosen;
  }
  return { query: input.value, filters, edition: chosenEdition(checkedValue(SEARCH_EDITION_PARAM), EDITIONS) };
}

function checkValue(radios: readonly HTMLInputElement[], value: string) {
  const radio = radios.find((r) => r.value === value) ?? radios[0];
  if (radio) radio.checked = true;
}

function applyState({ query, filters, edition }: SearchState) {
  input.value = query;
  for (const key of FILTER_KEYS) checkValue([...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)], filters[key] ?? '');
  checkValue(editionRadios, edition === null ? '' : String(edition));
}

/** The bundle the state's edition names (the live pages' by default) and its filters. */
const scopeOf = (state: SearchState, filters = state.filters): SearchScope => ({ bundle: pagefindBundle(state.edition), filters });

/** For each group, how many results each value would give with the other groups' filters kept. */
async function groupCounts(state: SearchState, main: SearchOutcome) {
  const query = parseQuery(state.query);
  const counts = { ...main.counts };
  await Promise.all(
    FILTER_KEYS.filter((key) => state.filters[key]).map(async (key) => {
      counts[key] = (await runSearch(query, scopeOf(state, filtersWithout(state.filters, key)), () => false)).counts[key] ?? {};
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
  history.replaceState(null, '', searchStateUrl(state));
  const query = parseQuery(state.query);
  const scope = scopeOf(state);
  try {
    await scope.bundle.loadFilterIndex();
    const outcome = await runSearch(query, scope, () => id === sequence);
    const [first, counts] = await Promise.all([outcome.load(0, PAGE_SIZE), groupCounts(state, outcome)]);
    if (id !== sequence) return;
    showCounts(counts);
    const filtered = Object.keys(state.filters).length > 0;
    if (query.kind === 'empty' && filtered) summary.textContent = `${outcome.total} code${outcome.total === 1 ? '' : 's'} match the filters.`;
    else renderSummary(summary, query, outcome, isExactCodeMissing(query, first), (corrected) => searchStateUrl({ ...state, query: corrected }));
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
applyState(readSearchState(new URLSearchParams(location.search), { filterKeys: FILTER_KEYS, editions: EDITIONS }));
void update();

input.addEventListener('input', () => {
  clearTimeout(timer);
  // Every search here is Pagefind's, which holds the main thread: wait for a pause in typing.
  timer = setTimeout(() => void update(), FULL_SEARCH_PAUSE_MS);
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
