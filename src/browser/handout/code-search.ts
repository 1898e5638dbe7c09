/**
 * Adding codes by words: the site's own search (src/browser/search/engine.ts) over the live pages
 * or the chosen kept edition's, showing the codes it finds, each with an Add button.
 */
import { runSearch } from '../search/engine';
import { pagefindBundle } from '../search/pagefind';
import { parseQuery } from '../../shared/search/query';
import { form } from './handout-form';

/** Enough to choose from; a trainer who wants more narrows the words. */
const SHOWN_RESULTS = 8;

const results = form.querySelector<HTMLUListElement>('[data-handout-search-results]')!;

export function clearSearchResults(): void {
  results.replaceChildren();
}

function resultItem(code: string, title: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'flex items-baseline gap-3 py-1';
  const name = document.createElement('span');
  name.className = 'flex-1';
  name.textContent = `${code}: ${title}`;
  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'rounded border border-line px-2 py-0.5 text-sm dark:border-line-dark';
  add.textContent = 'Add';
  add.setAttribute('aria-label', `Add ${code} to the handout`);
  add.dataset.addCode = code;
  li.append(name, add);
  return li;
}

/** Searches `words` (in `edition`, or the live pages for null); resolves to how many codes it shows. */
export async function searchCodes(words: string, edition: number | null): Promise<number> {
  const outcome = await runSearch(parseQuery(words), { bundle: pagefindBundle(edition), filters: {} });
  const hits = (await outcome.load(0, SHOWN_RESULTS * 2)).filter((hit) => hit.code).slice(0, SHOWN_RESULTS);
  results.replaceChildren(...hits.map((hit) => resultItem(hit.code!, hit.title)));
  return hits.length;
}

/** Calls `add` with the code of a result's Add button. */
export function onResultAdd(add: (code: string) => void): void {
  results.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add-code]');
    if (button) add(button.dataset.addCode!);
  });
}
