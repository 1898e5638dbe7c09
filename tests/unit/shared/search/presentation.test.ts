import { describe, expect, it } from 'vitest';
import { editionOptions, excerptSegments, highlightTerms, markTerms, searchMessage } from '../../../../src/shared/search/presentation';
import { parseQuery } from '../../../../src/shared/search/query';

describe('highlightTerms', () => {
  it('highlights each searched word once', () =>
    expect(highlightTerms(parseQuery('Balloon angioplasty, balloon vein'))).toEqual(['balloon', 'angioplasty', 'vein']),
  );
  it('highlights nothing for codes', () => {
    expect(highlightTerms(parseQuery('37249'))).toEqual([]);
    expect(highlightTerms(parseQuery('3724'))).toEqual([]);
    expect(highlightTerms(parseQuery('347180'))).toEqual([]);
  });
});

describe('excerptSegments', () => {
  it('splits marks from plain text and decodes escaped markup', () =>
    expect(excerptSegments('a &lt;b&gt; <mark>vein</mark> &amp; <mark>balloon</mark>')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'vein', marked: true },
      { text: ' & ', marked: false },
      { text: 'balloon', marked: true },
    ]),
  );
  it('never turns escaped tags into marks', () =>
    expect(excerptSegments('&lt;mark&gt;x&lt;/mark&gt;')).toEqual([{ text: '<mark>x</mark>', marked: false }]),
  );
});

describe('searchMessage', () => {
  it('echoes the query when nothing matches', () => expect(searchMessage(parseQuery('zzz'), 0, false)).toBe('No results for “zzz”.'));
  it('labels near matches for a code that has no page', () =>
    expect(searchMessage(parseQuery('347180'), 2, true)).toMatch(/^No exact match: there is no page for 347180\. 2 results/),
  );
  it('counts results', () => expect(searchMessage(parseQuery('vein'), 1, false)).toBe('1 result for “vein”.'));
});

describe('highlightTerms after a forgiving search', () => {
  it('highlights what found the pages: the correction, or the forms searched in place of the word', () => {
    expect(highlightTerms(parseQuery('ultrasond'), { kind: 'corrected', query: 'ultrasound' })).toEqual(['ultrasound']);
    expect(highlightTerms(parseQuery('haemorrhage'), { kind: 'expanded', searched: ['hemorrhage'], alone: true })).toEqual(['hemorrhage']);
    expect(highlightTerms(parseQuery('angioplasty'), { kind: 'expanded', searched: ['pta'], alone: false })).toEqual(['angioplasty']);
  });
});

describe('searchMessage after a forgiving search', () => {
  it('says what was searched instead', () => {
    expect(searchMessage(parseQuery('haemorrhage'), 2, false, { kind: 'expanded', searched: ['hemorrhage'], alone: true })).toBe('Showing results for “hemorrhage”: 2 results.');
    expect(searchMessage(parseQuery('ultrasond'), 1, false, { kind: 'corrected', query: 'ultrasound' })).toBe('No results for “ultrasond”. Showing 1 result for “ultrasound”.');
    expect(searchMessage(parseQuery('venous stent'), 3, false, { kind: 'partial', words: ['venous', 'stent'] })).toMatch(/^No page holds all of “venous stent”\. 3 results holding some of the words \(partial matches\)\.$/);
  });
});

describe('editionOptions', () => {
  it('offers the live pages first, as the default, then each kept edition, newest first', () =>
    expect(editionOptions(2027, [2025, 2026])).toEqual([
      { value: '', label: 'Current (CPT 2027)' },
      { value: '2026', label: '2026 edition (pinned pages)' },
      { value: '2025', label: '2025 edition (pinned pages)' },
    ]),
  );
  it('offers the live pages alone when no edition is kept', () => expect(editionOptions(2026, [])).toEqual([{ value: '', label: 'Current (CPT 2026)' }]));
});

describe('markTerms', () => {
  it('marks the words a searched term begins, in any case, and leaves the rest as one text', () => {
    expect(markTerms('Vein balloon angioplasty, each vein', ['vein', 'ang'])).toEqual([
      { text: 'Vein', marked: true },
      { text: ' balloon ', marked: false },
      { text: 'angioplasty', marked: true },
      { text: ', each ', marked: false },
      { text: 'vein', marked: true },
    ]);
    expect(markTerms('Stent placement', [])).toEqual([{ text: 'Stent placement', marked: false }]);
  });
});
