/**
 * The builder's list of codes, in handout order, each with Move up, Move down and Remove buttons:
 * reordering works by keyboard as by pointer, and focus stays on the button that moved the code.
 */
import { form } from './handout-form';
import type { CodeListAction } from '../../shared/handout';

const list = form.querySelector<HTMLOListElement>('[data-handout-codes]')!;
const empty = form.querySelector<HTMLElement>('[data-handout-empty]')!;

const ACTIONS: { action: CodeListAction; label: string; name: (code: string) => string }[] = [
  { action: 'up', label: 'Move up', name: (code) => `Move up ${code}` },
  { action: 'down', label: 'Move down', name: (code) => `Move down ${code}` },
  { action: 'remove', label: 'Remove', name: (code) => `Remove ${code}` },
];

function item(code: string, title: string | undefined, index: number, count: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2';
  li.dataset.code = code;
  const name = document.createElement('span');
  name.className = 'min-w-0 flex-1';
  name.textContent = title === undefined ? code : `${code}: ${title}`;
  li.append(name);
  for (const { action, label, name: accessibleName } of ACTIONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rounded border border-line px-2 py-0.5 text-sm disabled:opacity-50 dark:border-line-dark';
    button.textContent = label;
    button.setAttribute('aria-label', accessibleName(code));
    button.dataset.action = action;
    button.disabled = (action === 'up' && index === 0) || (action === 'down' && index === count - 1);
    li.append(button);
  }
  return li;
}

/** Shows `codes` with their titles where known (a code without a page shows alone). */
export function showCodeList(codes: readonly string[], titles: ReadonlyMap<string, string>): void {
  const focused = document.activeElement instanceof HTMLButtonElement && list.contains(document.activeElement) ? document.activeElement : null;
  const keep = focused && { code: focused.closest('li')!.dataset.code!, action: focused.dataset.action! };
  list.replaceChildren(...codes.map((code, i) => item(code, titles.get(code), i, codes.length)));
  empty.hidden = codes.length > 0;
  if (!keep) return;
  const same = list.querySelector<HTMLButtonElement>(`li[data-code="${keep.code}"] button[data-action="${keep.action}"]`);
  // At the top or bottom the moved code's button is disabled: its other move button takes focus.
  const target = same && !same.disabled ? same : list.querySelector<HTMLButtonElement>(`li[data-code="${keep.code}"] button:not(:disabled)`);
  (target ?? list.querySelector('button') ?? form.querySelector<HTMLInputElement>('[data-handout-add]'))?.focus();
}

/** Calls `act` with the code and action of a clicked list button. */
export function onCodeListAction(act: (code: string, action: CodeListAction) => void): void {
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (button) act(button.closest('li')!.dataset.code!, button.dataset.action as CodeListAction);
  });
}
