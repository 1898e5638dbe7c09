/**
 * Spelling correction for words the index does not hold. Work is bounded whatever is typed: words
 * longer than the index's longest are never compared, a candidate whose length is too far off is
 * skipped before any comparison, and each comparison stops as soon as it exceeds the allowance.
 */

/** Edits allowed for a word of this length: one slip in a short word, two in a longer one. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Levenshtein distance (with a swap of neighbouring letters counting as one edit), or `max + 1`
 * as soon as the distance is sure to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The indexed words closest to `word`, nearest first (ties: the more frequent word, which comes
 * first in the list). Only words from `indexed` are ever returned.
 */
export function nearestWords(word: string, indexed: readonly string[], limit = 3): string[] {
  const target = word.toLocaleLowerCase('en');
  const max = allowedEdits(target.length);
  if (max === 0) return [];
  const found: { word: string; distance: number; at: number }[] = [];
  indexed.forEach((candidate, at) => {
    if (Math.abs(candidate.length - target.length) > max) return;
    const distance = editDistance(target, candidate, max);
    if (distance <= max) found.push({ word: candidate, distance, at });
  });
  return found
    .sort((a, b) => a.distance - b.distance || a.at - b.at)
    .slice(0, limit)
    .map((entry) => entry.word);
}

/** At most this many unknown words are corrected in one query, so a pasted paragraph stays cheap. */
export const MAX_CORRECTED_WORDS = 4;

/**
 * The query with each unknown word replaced by its nearest indexed word, or null when no unknown
 * word has a near neighbour.
 */
export function correctQuery(words: readonly string[], unknown: ReadonlySet<string>, indexed: readonly string[]): string | null {
  let corrections = 0;
  let changed = false;
  const corrected = words.map((word) => {
    if (!unknown.has(word) || corrections >= MAX_CORRECTED_WORDS) return word;
    corrections++;
    const nearest = nearestWords(word, indexed, 1)[0];
    if (!nearest || nearest === word) return word;
    changed = true;
    return nearest;
  });
  return changed ? corrected.join(' ') : null;
}

/**
 * Whether a word Pagefind marked in an excerpt is the typed word (give or take an ending, as its
 * stemmer allows, or as the start of a word still being typed) rather than something its
 * longest-prefix fallback found: "veins" for "vein" and "stenosis" for "sten" are, "angioplasty"
 * for "angioplsty" is not.
 */
export function isSameWord(typed: string, marked: string): boolean {
  const a = typed.toLocaleLowerCase('en');
  const b = marked.toLocaleLowerCase('en');
  // A word still being typed: Pagefind matches it as a prefix, as it should.
  if (b.startsWith(a)) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(a.length, b.length) - 3 && common >= 0.75 * Math.min(a.length, b.length);
}
