import type { WordSearchData } from '../../shared/search/ranking';
import { searchVocabularyUrl, searchWordsUrl } from '../../shared/search/search-urls';

const NO_WORD_DATA: WordSearchData = { forms: {}, modifiers: [], families: [] };

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let vocabulary: Promise<WordSearchData> | undefined;

/**
 * The glossary forms and names a word search ranks and expands with. Without them search still
 * answers, only less forgivingly, so a failed download is not an error (and is tried again).
 */
export function loadWordSearchData(): Promise<WordSearchData> {
  vocabulary ??= json<WordSearchData>(searchVocabularyUrl()).catch(() => {
    vocabulary = undefined;
    return NO_WORD_DATA;
  });
  return vocabulary;
}

let words: Promise<string[]> | undefined;

/** Every indexed word, for spelling suggestions: fetched only when a query has found nothing. */
export function loadIndexedWords(): Promise<string[]> {
  words ??= json<string[]>(searchWordsUrl()).catch(() => {
    words = undefined;
    return [];
  });
  return words;
}
