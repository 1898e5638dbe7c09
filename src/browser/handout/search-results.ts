/** The builder's list of codes found by words, each with an Add button. */
import { form } from './handout-form';

const results = form.querySelector<HTMLUListElement>('[data-handout-search-results]')!;

export function showSearchResults(items: readonly HTMLLIElement[]): void {
  results.replaceChildren(...items);
}

export function resultItem(code: string, title: string): HTMLLIElement {
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

/** Calls `add` with the code of a result's Add button. */
export function onResultAdd(add: (code: string) => void): void {
  results.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-add-code]');
    if (button) add(button.dataset.addCode!);
  });
}
