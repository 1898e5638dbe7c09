import { localStore } from '../../shared/browser-storage';
import { clearRecentCodes, readRecentCodes, type RecentCode } from '../../shared/recent-codes';

const section = document.querySelector<HTMLElement>('[data-recent-codes]')!;
const list = section.querySelector<HTMLElement>('[data-recent-list]')!;
const clear = section.querySelector<HTMLButtonElement>('[data-recent-clear]')!;
const store = localStore();

function item({ code, title, url }: RecentCode): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.className = 'font-mono underline';
  link.textContent = code;
  li.append(link, ` ${title}`);
  return li;
}

const recent = readRecentCodes(store);
list.replaceChildren(...recent.map(item));
section.hidden = recent.length === 0;

clear.addEventListener('click', () => {
  clearRecentCodes(store);
  list.replaceChildren();
  clear.hidden = true;
  section.querySelector('[data-recent-status]')!.textContent = 'Recently viewed codes cleared.';
  // The button is gone; the heading keeps the reader's place.
  section.querySelector<HTMLElement>('h2')!.focus();
});
