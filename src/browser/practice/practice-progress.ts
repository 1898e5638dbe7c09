/**
 * The learner's results, kept in this browser's local storage under one key and sent nowhere.
 * Each question keeps its latest outcome, so a missed question answered right later is no longer missed.
 */
const STORAGE_KEY = 'cpt-reference.practice-progress';

export type Outcome = 'right' | 'missed';

export function readProgress(): Record<string, Outcome> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, Outcome>) : {};
  } catch {
    // Storage refused (private browsing) or unreadable: practice still works, without memory.
    return {};
  }
}

export function recordOutcome(questionId: string, outcome: Outcome): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readProgress(), [questionId]: outcome }));
  } catch {
    // As above: nothing is kept, nothing breaks.
  }
}

export function clearProgress(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}
