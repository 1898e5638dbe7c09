import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../../src/shared/search/code-directory';
import { BOX_SUGGESTIONS, parseQuery } from '../../../../src/shared/search/query';
import { allWordShards, mayBeIndexedWord, wordShard } from '../../../../src/shared/search/shards';
import { answersAlone, buildWordShards, lookUpWord, lookUpWords, severalWords } from '../../../../src/shared/search/word-suggestions';

const code = (c: string, title: string, lead: string): DirectoryEntry => ({ code: c, title, lead });
const names = { modifiers: ['59', 'XS'], families: ['venous angioplasty'] };
const entries = [
  code('37249', 'Vein balloon angioplasty, each further vein', 'Add-on code for stenosis treated in a further vein.'),
  code('37248', 'Vein balloon angioplasty, first vein', 'Reports stenosis treatment of the initial vein.'),
  code('37246', 'Artery balloon angioplasty', 'Reports opening of a stenosis in an artery.'),
  code('37236', 'Stent placement in an artery', 'Reports a stent for a narrowed artery.'),
  code('37244', 'Vascular embolization', 'Reports blocking flow; stenosis is not treated.'),
  { modifier: '59', title: 'Modifier 59: distinct service', lead: 'Marks a stenosis treated separately.' },
];
const shards = buildWordShards(entries, names);
const look = (raw: string) => lookUpWord(parseQuery(raw), shards.get(wordShard(parseQuery(raw))!)!).map((e) => e.code);

describe('the word index for first suggestions', () => {
  it('has a file for every letter pair, so a lookup never meets a 404', () => {
    expect(allWordShards()).toHaveLength(26 * 26);
    expect([...shards.keys()].sort()).toEqual(allWordShards());
  });

  it('takes single plain words only; codes, several words and one letter wait for the full search', () => {
    expect(wordShard(parseQuery('Stenosis'))).toBe('st');
    expect(wordShard(parseQuery('st'))).toBe('st');
    expect(wordShard(parseQuery('s'))).toBeNull();
    expect(wordShard(parseQuery('vein stenosis'))).toBeNull();
    expect(wordShard(parseQuery('37249'))).toBeNull();
    expect(wordShard(parseQuery('3724'))).toBeNull();
  });

  it('lists code pages with the word in their title first, then the others, each in code order', () => {
    expect(look('vein')).toEqual(['37248', '37249']);
    expect(look('stenosis')).toEqual(['37244', '37246', '37248', '37249']);
    expect(look('artery')).toEqual(['37236', '37246']);
  });

  it('answers a word being typed with the pages of the words it begins, the whole word first', () => {
    expect(look('steno')).toEqual(['37244', '37246', '37248', '37249']);
    expect(look('stent')).toEqual(['37236']);
    expect(look('ste')).toEqual(['37244', '37246', '37248', '37249', '37236']);
    expect(look('zebra')).toEqual([]);
  });

  it('leaves out modifier pages, and words that name a family, whose own page must lead', () => {
    expect(Object.values(shards.get('st')!).flat().some((entry) => entry.modifier)).toBe(false);
    const family = buildWordShards([code('36901', 'Venous angioplasty', 'Reports venous angioplasty.')], { modifiers: [], families: ['venous'] });
    expect(family.get('ve')).toEqual({});
    expect(family.get('an')).toHaveProperty('angioplasty');
  });

  it('keeps at most as many pages a word as the box shows', () => {
    const many = Array.from({ length: 20 }, (_, i) => code(String(10000 + i), `Balloon ${i}`, 'Lead.'));
    const found = lookUpWord(parseQuery('balloon'), buildWordShards(many, names).get('ba')!);
    expect(found.map((e) => e.code)).toEqual(Array.from({ length: BOX_SUGGESTIONS }, (_, i) => String(10000 + i)));
  });

  it('answers a single word alone when it holds it, unless the glossary or a page name wants the full search', () => {
    const data = { ...names, forms: { sheath: ['vascular sheath'] } };
    const alone = (raw: string) => answersAlone(parseQuery(raw), look(raw), data);
    expect(alone('stenosis')).toBe(true);
    expect(alone('steno')).toBe(true);
    expect(alone('zebra')).toBe(false);
    expect(answersAlone(parseQuery('sheath'), ['found'], data)).toBe(false);
    expect(answersAlone(parseQuery('xs'), ['found'], data)).toBe(false);
    expect(answersAlone(parseQuery('vein stenosis'), ['found'], data)).toBe(false);
  });

  it('tells a query that may still become one indexed word from one only the full search answers', () => {
    expect(mayBeIndexedWord(parseQuery('s'))).toBe(true);
    expect(mayBeIndexedWord(parseQuery('Stenosis'))).toBe(true);
    expect(mayBeIndexedWord(parseQuery('vein s'))).toBe(false);
    expect(mayBeIndexedWord(parseQuery('café'))).toBe(false);
    expect(mayBeIndexedWord(parseQuery('37249'))).toBe(false);
  });
});

describe('first suggestions for several words, from the same word index', () => {
  const lookWords = (raw: string, from = shards) => lookUpWords(severalWords(parseQuery(raw)) ?? [], from).map((e) => e.code);

  it('takes two or more plain words of two letters or more; anything else waits for the full search', () => {
    expect(severalWords(parseQuery('Vein  Stenosis'))).toEqual(['vein', 'stenosis']);
    expect(severalWords(parseQuery('iliac artery st'))).toEqual(['iliac', 'artery', 'st']);
    expect(severalWords(parseQuery('vein vein'))).toBeNull();
    expect(severalWords(parseQuery('stenosis'))).toBeNull();
    expect(severalWords(parseQuery('vein s'))).toBeNull();
    expect(severalWords(parseQuery('vein café'))).toBeNull();
    expect(severalWords(parseQuery('37249'))).toBeNull();
  });

  it('suggests the pages whose title and summary hold every word, more words in the title first, then code order', () => {
    // 37246 has both words in its title; 37248 and 37249 have "vein" there and "stenosis" in the summary.
    expect(lookWords('stenosis artery')).toEqual(['37246']);
    expect(lookWords('vein stenosis')).toEqual(['37248', '37249']);
    expect(lookWords('balloon angioplasty artery')).toEqual(['37246']);
    expect(lookWords('stent stenosis')).toEqual([]);
  });

  it('takes the last word as the start of a word, as it may still be being typed, and the others whole', () => {
    expect(lookWords('artery sten')).toEqual(['37236', '37246']);
    expect(lookWords('arter stenosis')).toEqual([]);
  });

  it('finds a page through any word\'s list, so a word whose list is full still meets it through the other', () => {
    // "balloon" lists only its first BOX_SUGGESTIONS pages, in code order: 10000 to 10007.
    const many = Array.from({ length: 19 }, (_, i) => code(String(10000 + i), `Balloon ${i}`, 'Lead.'));
    const wide = buildWordShards([...many, code('10019', 'Balloon catheter', 'Lead.')], names);
    expect(lookWords('balloon catheter', wide)).toEqual(['10019']);
    expect(lookWords('catheter balloon', wide)).toEqual(['10019']);
    expect(lookWords('balloon lead', wide)).toHaveLength(BOX_SUGGESTIONS);
  });

  it('suggests nothing for a word whose shard is missing', () => {
    expect(lookUpWords(['vein', 'stenosis'], new Map())).toEqual([]);
  });
});
