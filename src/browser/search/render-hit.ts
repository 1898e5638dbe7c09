import type { SearchHit } from './engine';
import { markTerms, partialLabel, type ExcerptSegment } from '../../shared/search/presentation';
import { highlightUrl } from '../../shared/search/search-urls';

/** Text with its marked segments in <mark>, built with textContent only. */
function markedNode(segments: ExcerptSegment[], className: string): HTMLElement {
  const excerpt = document.createElement('span');
  if (className) excerpt.className = className;
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
 * One search result as a link: code, title and excerpt, the searched words marked. Built with
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
  heading.append(markedNode(markTerms(hit.title, highlight), ''));
  link.append(heading, markedNode(hit.excerpt, 'mt-0.5 block text-sm text-ink-muted dark:text-ink-muted-dark'));
  if (hit.partial) {
    const label = document.createElement('span');
    label.className = 'mt-0.5 block text-xs font-semibold text-badge dark:text-badge-dark';
    label.dataset['partialMatch'] = '';
    label.textContent = partialLabel(hit.partial);
    link.append(label);
  }
  return link;
}
