const STATUS_CLEAR_MS = 4000;

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copyText ?? '');
        if (status) status.textContent = button.dataset.copyDone ?? 'Copied';
      } catch {
        if (status) status.textContent = 'Could not copy; select and copy the address bar instead';
      }
      if (status) setTimeout(() => (status.textContent = ''), STATUS_CLEAR_MS);
    });
  }
}
