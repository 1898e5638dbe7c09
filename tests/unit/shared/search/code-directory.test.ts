import { describe, expect, it } from 'vitest';
import { allShards, directoryShard } from '../../../../src/shared/search/shards';
import { SUGGESTION_LEAD_LENGTH, buildShards, entryUrl, isPrefixShaped, lookUpCodes, suggestionLead, type DirectoryEntry } from '../../../../src/shared/search/code-directory';
import { parseQuery } from '../../../../src/shared/search/query';

const code = (c: string): DirectoryEntry => ({ code: c, title: `Title ${c}`, lead: `Lead ${c}` });
const modifier = (m: string): DirectoryEntry => ({ modifier: m, title: `Modifier ${m}`, lead: `Lead ${m}` });
const entries = [code('37249'), code('59000'), code('37244'), code('0075T'), code('37250'), code('00100'), modifier('59'), code('37248'), code('37300')];
const shards = buildShards(entries);
const codesOf = (found: DirectoryEntry[]) => found.map((e) => e.code ?? `mod:${e.modifier}`);
const look = (raw: string) => codesOf(lookUpCodes(parseQuery(raw), shards.get(directoryShard(parseQuery(raw))!)!));

describe('the code directory', () => {
  it('has a file for every two-digit start, empty where no code starts so', () => {
    expect(allShards()).toHaveLength(100);
    expect([...shards.keys()].sort()).toEqual(allShards());
    expect(shards.get('12')).toEqual([]);
  });

  it('puts each entry in the shard of its first two characters, modifiers first, codes in code order', () => {
    expect(codesOf(shards.get('37')!)).toEqual(['37244', '37248', '37249', '37250', '37300']);
    expect(codesOf(shards.get('00')!)).toEqual(['0075T', '00100']);
    expect(codesOf(shards.get('59')!)).toEqual(['mod:59', '59000']);
    expect(entries.every((entry) => [...shards.values()].flat().filter((e) => e === entry).length === 1)).toBe(true);
  });

  it('answers codes and prefixes of two or more characters, and leaves words to the full-text index', () => {
    expect(directoryShard(parseQuery('cpt 37249'))).toBe('37');
    expect(directoryShard(parseQuery('372'))).toBe('37');
    expect(directoryShard(parseQuery('37'))).toBe('37');
    expect(directoryShard(parseQuery('0075t'))).toBe('00');
    expect(directoryShard(parseQuery('3'))).toBeNull();
    expect(directoryShard(parseQuery('balloon'))).toBeNull();
    expect(directoryShard(parseQuery('347180'))).toBeNull();
    expect(directoryShard(parseQuery(''))).toBeNull();
  });

  it('lists a prefix in code order', () => {
    expect(look('3724')).toEqual(['37244', '37248', '37249']);
    expect(look('37')).toEqual(['37244', '37248', '37249', '37250', '37300']);
    expect(look('3799')).toEqual([]);
  });

  it('lists a two-digit modifier before the codes that start with the same digits', () => {
    expect(look('59')).toEqual(['mod:59', '59000']);
    expect(look('590')).toEqual(['59000']);
  });

  it('puts an exact code first, then its neighbours sharing four characters', () => {
    expect(look('37249')).toEqual(['37249', '37244', '37248']);
    expect(look('+37250')).toEqual(['37250']);
  });

  it('gives only the neighbours for a code without a page, and nothing when it has none', () => {
    expect(look('37245')).toEqual(['37244', '37248', '37249']);
    expect(look('38000')).toEqual([]);
  });

  it('takes only modifiers a coder could type as a code prefix', () => {
    expect(['59', '26', '50'].every(isPrefixShaped)).toBe(true);
    expect(['XS', 'RT', '5', 'F1'].some(isPrefixShaped)).toBe(false);
  });

  it('stores no address: a code or modifier entry links to its page', () => {
    expect(entryUrl(code('37249'))).toBe('/codes/37249/');
    expect(entryUrl(modifier('59'))).toBe('/modifiers/59/');
  });

  it('keeps a short lead whole and cuts a long one at a word, marked with an ellipsis', () => {
    expect(suggestionLead('Reports a short thing.')).toBe('Reports a short thing.');
    const long = 'Reports fluoroscopically guided balloon angioplasty of the initial vein treated for narrowing or blockage in a session.';
    const cut = suggestionLead(long);
    expect(cut.length).toBeLessThanOrEqual(SUGGESTION_LEAD_LENGTH + 1);
    expect(cut).toBe('Reports fluoroscopically guided balloon angioplasty of the initial vein treated for…');
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
