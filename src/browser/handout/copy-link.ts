/**
 * The builder's copy buttons: "Copy link to this handout" (its address on the configured origin)
 * and "Copy for documents" (the handout as rich HTML and plain text, src/browser/copy-for-documents.ts).
 */
import { form } from './handout-form';
import { absoluteUrl, handoutUrl } from '../../shared/urls';
import { writeDocumentCopy } from '../write-document-copy';

const STATUS_CLEAR_MS = 4000;
const status = form.querySelector<HTMLElement>('[data-handout-copy-status]')!;

/** The handout's address as shared: the configured origin, never the host that served the page. */
const sharedAddress = (query: string) => absoluteUrl(handoutUrl(query), form.dataset.siteUrl!);

function wire(selector: string, copy: () => Promise<string>): void {
  const button = form.querySelector<HTMLButtonElement>(selector)!;
  button.hidden = !navigator.clipboard;
  button.addEventListener('click', async () => {
    try {
      status.textContent = await copy();
    } catch {
      status.textContent = 'Could not copy; select and copy the address bar instead';
    }
    setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
  });
}

/** `query` gives the handout's current query, `citation` its citation for an address, when a button is pressed. */
export function onCopy(query: () => string, citation: (address: string) => string): void {
  wire('[data-handout-copy-link]', async () => {
    await navigator.clipboard.writeText(sharedAddress(query()));
    return 'Link copied';
  });
  // Its code loads on the first click, so a handout that is only read or printed pays nothing for it.
  wire('[data-handout-copy-documents]', async () => {
    const address = sharedAddress(query());
    const sheet = document.querySelector('article[data-handout]')!;
    const copy = import('../copy-for-documents').then(({ documentCopy }) => documentCopy([sheet], { pageUrl: address, citation: citation(address) }));
    const copied = await writeDocumentCopy(copy);
    return copied === 'rich' ? 'Handout copied for documents' : 'Handout copied as plain text (this browser refused formatted copy)';
  });
}
