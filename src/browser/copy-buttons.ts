import { writeDocumentCopy } from './write-document-copy';

const STATUS_CLEAR_MS = 4000;

/** Shows a copy button (hidden until now, so no dead button without JavaScript) and reports what its copy did. */
function wire(button: HTMLButtonElement, copy: () => Promise<string>) {
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    let said: string;
    try {
      said = await copy();
    } catch {
      said = button.dataset.copyRefused ?? 'Could not copy; select and copy the address bar instead';
    }
    if (status) {
      status.textContent = said;
      setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
    }
  });
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    wire(button, async () => {
      await navigator.clipboard.writeText(button.dataset.copyText ?? '');
      return button.dataset.copyDone ?? 'Copied';
    });
  }
  // "Copy for documents": its code loads on the first click, so a page that is only read pays nothing for it.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-documents]')) {
    const { copyDocuments = '', copyUrl = '', copyCitation = '', copyDone = 'Copied' } = button.dataset;
    wire(button, async () => {
      const copy = import('./copy-for-documents').then(({ documentCopy }) =>
        documentCopy([...document.querySelectorAll(copyDocuments)], { pageUrl: copyUrl, citation: copyCitation }),
      );
      const copied = await writeDocumentCopy(copy);
      return copied === 'rich' ? copyDone : `${copyDone} as plain text (this browser refused formatted copy)`;
    });
  }
}
