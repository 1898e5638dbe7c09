import { describe, expect, it } from 'vitest';
import { practiceSetQuery, readPracticeSet, selectQuestions } from '../../../../src/shared/practice/practice-set';
import { seededShuffle } from '../../../../src/shared/practice/seeded-order';

const QUESTIONS = [
  { id: 'a', family: 'veins', codes: ['37248'] },
  { id: 'b', family: 'veins', codes: ['37248', '37249'] },
  { id: 'c', family: 'ivus', codes: ['37253'] },
  { id: 'd', family: 'iliac', codes: ['37257'] },
];

describe('seededShuffle', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('gives the same order for the same seed, and a different one for another seed', () => {
    expect(seededShuffle(items, 'week-3')).toEqual(seededShuffle(items, 'week-3'));
    expect(seededShuffle(items, 'week-3')).not.toEqual(seededShuffle(items, 'week-4'));
    expect(seededShuffle(items, 'week-3')).not.toEqual(items);
  });

  it('keeps every item once', () => {
    expect([...seededShuffle(items, 'x')].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('practice sets', () => {
  it('reads family, codes and seed, ignoring what is not a code', () => {
    expect(readPracticeSet('?family=veins&codes=37248,%2037249,nope&seed=w3')).toEqual({ family: 'veins', codes: ['37248', '37249'], seed: 'w3' });
    expect(readPracticeSet('')).toEqual({ codes: [] });
  });

  it('writes a set back as the same query', () => {
    const set = { family: 'veins', codes: ['37248', '37249'], seed: 'w3' };
    expect(practiceSetQuery(set)).toBe('?family=veins&codes=37248,37249&seed=w3');
    expect(readPracticeSet(practiceSetQuery(set))).toEqual(set);
  });

  it('selects by family and by the codes an answer involves, in page order without a seed', () => {
    expect(selectQuestions(QUESTIONS, { codes: [] })).toEqual(['a', 'b', 'c', 'd']);
    expect(selectQuestions(QUESTIONS, { family: 'veins', codes: [] })).toEqual(['a', 'b']);
    expect(selectQuestions(QUESTIONS, { codes: ['37249', '37257'] })).toEqual(['b', 'd']);
    expect(selectQuestions(QUESTIONS, { family: 'ivus', codes: ['37248'] })).toEqual([]);
  });

  it('orders the selection by the seed', () => {
    expect(selectQuestions(QUESTIONS, { codes: [], seed: 's' })).toEqual(seededShuffle(['a', 'b', 'c', 'd'], 's'));
  });
});
