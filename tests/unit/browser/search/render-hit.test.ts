// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../src/browser/search/engine';
import { renderHit } from '../../../../src/browser/search/render-hit';
import { HIGHLIGHT_PARAM } from '../../../../src/shared/urls';

const hit = (fields: Partial<SearchHit> = {}): SearchHit => ({
  url: '/codes/37249/#overview',
  code: '37249',
  modifier: undefined,
  family: undefined,
  title: 'Balloon angioplasty',
  excerpt: [
    { text: 'opens a ', marked: false },
    { text: 'vein', marked: true },
  ],
  ...fields,
});

describe('renderHit', () => {
  it('links to the page with the words to highlight, showing code, title and excerpt', () => {
    const link = renderHit(hit(), ['vein']);
    expect(link.getAttribute('href')).toBe(`/codes/37249/?${HIGHLIGHT_PARAM}=vein#overview`);
    expect(link.dataset['searchHit']).toBe('37249');
    expect(link.querySelector('.font-mono')?.textContent).toBe('37249');
    expect(link.textContent).toBe('37249 Balloon angioplastyopens a vein');
    expect([...link.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['vein']);
  });

  it('writes a title as text, since Pagefind returns titles unescaped', () => {
    const link = renderHit(hit({ code: undefined, title: '<img src=x onerror=alert(1)>' }), []);
    expect(link.querySelector('img')).toBeNull();
    expect(link.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(link.dataset['searchHit']).toBe('');
    expect(link.querySelector('.font-mono')).toBeNull();
  });

  it('labels a partial match with the words its page holds', () => {
    const label = renderHit(hit({ partial: ['balloon', 'vein'] }), []).querySelector('[data-partial-match]');
    expect(label?.textContent).toBe('Partial match: balloon, vein');
    expect(renderHit(hit(), []).querySelector('[data-partial-match]')).toBeNull();
  });
});
