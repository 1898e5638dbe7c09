// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../../src/browser/search/render-summary';
import { parseQuery } from '../../../../src/shared/search/query';
import { searchUrl } from '../../../../src/shared/urls';

describe('renderSummary', () => {
  it('writes the shared message and returns it for a live region', () => {
    const element = document.createElement('p');
    expect(renderSummary(element, parseQuery('vein'), { total: 2 }, false)).toBe('2 results for “vein”.');
    expect(element.textContent).toBe('2 results for “vein”.');
    expect(element.querySelector('a')).toBeNull();
  });

  it('links a corrected spelling to a real search for it, by default the search page', () => {
    const element = document.createElement('p');
    const text = renderSummary(element, parseQuery('ultrasond'), { total: 1, note: { kind: 'corrected', query: 'ultrasound' } }, false);
    const link = element.querySelector<HTMLAnchorElement>('a[data-did-you-mean]')!;
    expect(link.textContent).toBe('ultrasound');
    expect(link.getAttribute('href')).toBe(searchUrl('ultrasound'));
    expect(text).toBe('No results for “ultrasond”. Showing 1 result for “ultrasound”. Did you mean ultrasound?');
  });

  it('lets the search page make the link, keeping its filters', () => {
    const element = document.createElement('p');
    renderSummary(element, parseQuery('ultrasond'), { total: 1, note: { kind: 'corrected', query: 'ultrasound' } }, false, (q) => `/search/?q=${q}&payer=aetna`);
    expect(element.querySelector('a')!.getAttribute('href')).toBe('/search/?q=ultrasound&payer=aetna');
  });
});
