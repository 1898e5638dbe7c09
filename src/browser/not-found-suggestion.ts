import { codeInPath } from '../shared/not-found';
import { codeUrl } from '../shared/urls';
import { searchUrl } from '../shared/search/search-urls';

const box = document.querySelector<HTMLElement>('[data-code-suggestion]');
const code = codeInPath(location.pathname);
if (box && code) {
  const published = new Set((box.dataset.codes ?? '').split(' '));
  const link = document.createElement('a');
  if (published.has(code)) {
    link.href = codeUrl(code);
    link.textContent = `Go to the page for CPT ${code}`;
  } else {
    link.href = searchUrl(code);
    link.textContent = `Search for ${code}`;
    box.append(`We have no page for ${code} yet. `);
  }
  box.append(link);
  box.classList.remove('hidden');
}
