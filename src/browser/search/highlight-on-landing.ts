import { HIGHLIGHT_PARAM, pagefindBaseUrl } from '../../shared/search/search-urls';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string };
}
type PagefindHighlight = new (options: PagefindHighlightOptions) => unknown;

// Pagefind's highlighter marks the searched words inside the indexed content. Its own styles come
// as an injected <style> element, which the site's CSP forbids, so marks are styled by our CSS.
import(/* @vite-ignore */ `${pagefindBaseUrl()}pagefind-highlight.js`)
  .then(({ default: Highlight }: { default: PagefindHighlight }) => {
    new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight' } });
  })
  // Highlighting is a convenience: without it the page reads the same, so a failed load stays quiet.
  .catch(() => undefined);
