import type { SearchHit } from './engine';
import { partialLabel, type ExcerptSegment } from '../../shared/search/presentation';
import { highlightUrl } from '../../shared/urls';

function excerptNode(segments: ExcerptSegment[]): HTMLElement {
  const excerpt = document.createElement('span');
  excerpt.className = 'mt-0.5 block text-sm text-ink-muted dark:text-ink-muted-dark';
  for (const { text, marked } of segments) {
    if (!marked) {
      excerpt.append(text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = text;
    excerpt.append(mark);
  }
  return excerpt;
}

/**
 * One search result as a link: code, title, and the excerpt with matches marked. Built with
 * textContent only, because Pagefind returns titles unescaped.
 */
export function renderHit(hit: SearchHit, highlight: readonly string[]): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = highlightUrl(hit.url, highlight);
  link.className = 'block px-3 py-2 text-ink no-underline break-words dark:text-ink-dark';
  link.dataset['searchHit'] = hit.code ?? '';
  const heading = document.createElement('span');
  heading.className = 'block font-semibold text-brand dark:text-brand-dark';
  if (hit.code) {
    const code = document.createElement('span');
    code.className = 'font-mono';
    code.textContent = hit.code;
    heading.append(code, ' ');
  }
  const title = document.createElement('span');
  title.textContent = hit.title;
  heading.append(title);
  link.append(heading, excerptNode(hit.excerpt));
  if (hit.partial) {
    const label = document.createElement('span');
    label.className = 'mt-0.5 block text-xs font-semibold text-badge dark:text-badge-dark';
    label.dataset['partialMatch'] = '';
    label.textContent = partialLabel(hit.partial);
    link.append(label);
  }
  return link;
}
