/** "Copy link to this handout": the handout's address on the configured origin. */
import { form } from './handout-form';
import { absoluteUrl, handoutUrl } from '../../shared/urls';

const STATUS_CLEAR_MS = 4000;

/** `query` gives the handout's current query when the button is pressed. */
export function onCopyLink(query: () => string): void {
  const button = form.querySelector<HTMLButtonElement>('[data-handout-copy-link]')!;
  const status = form.querySelector<HTMLElement>('[data-handout-copy-status]')!;
  button.hidden = !navigator.clipboard;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(absoluteUrl(handoutUrl(query()), form.dataset.siteUrl!));
      status.textContent = 'Link copied';
    } catch {
      status.textContent = 'Could not copy; select and copy the address bar instead';
    }
    setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
  });
}
