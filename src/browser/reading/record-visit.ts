import { localStore } from '../../shared/browser-storage';
import { recordVisit } from '../../shared/recent-codes';

// A live code page adds itself to the home page's "Recently viewed codes" (kept pages do not: the
// list links to the live pages). The path it was served at already holds the base path.
const page = document.querySelector<HTMLElement>('[data-record-visit]');
const title = page?.querySelector('[data-code-title]')?.textContent?.trim();
if (page?.dataset.code && title) recordVisit(localStore(), { code: page.dataset.code, title, url: location.pathname });
