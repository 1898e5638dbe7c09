import { localStore, readStored, writeStored } from '../../shared/browser-storage';

/**
 * The learner's results, kept in this browser's local storage under one key and sent nowhere.
 * Each question keeps its latest outcome, so a missed question answered right later is no longer missed.
 */
const STORAGE_KEY = 'cpt-reference.practice-progress';

export type Outcome = 'right' | 'missed';

export function readProgress(): Record<string, Outcome> {
  try {
    const stored: unknown = JSON.parse(readStored(localStore(), STORAGE_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, Outcome>) : {};
  } catch {
    // Unreadable (edited by hand): start afresh rather than stop the page.
    return {};
  }
}

export function recordOutcome(questionId: string, outcome: Outcome): void {
  writeStored(localStore(), STORAGE_KEY, JSON.stringify({ ...readProgress(), [questionId]: outcome }));
}

export function clearProgress(): void {
  writeStored(localStore(), STORAGE_KEY, null);
}
