/** The parts of a code file that the history checks read, free of Astro types. */
export interface HistoryRecord {
  filePath: string;
  history: { added?: number | undefined; revisions: readonly { year: number }[] };
  deleted?: { year: number } | undefined;
}

type EventKind = 'added' | 'revision' | 'deleted';

interface HistoryEvent {
  kind: EventKind;
  /** The frontmatter path an author looks for, e.g. history.revisions[1].year. */
  field: string;
  year: number;
}

/** A code's dated facts in the order they must have happened: added, each revision, deleted. */
function timeline({ history, deleted }: HistoryRecord): HistoryEvent[] {
  return [
    ...(history.added === undefined ? [] : [{ kind: 'added' as const, field: 'history.added', year: history.added }]),
    ...history.revisions.map((r, i) => ({ kind: 'revision' as const, field: `history.revisions[${i}].year`, year: r.year })),
    ...(deleted ? [{ kind: 'deleted' as const, field: 'deleted.year', year: deleted.year }] : []),
  ];
}

/** What an author should do when `event` is not later than the fact before it. */
function orderHint(previous: HistoryEvent, event: HistoryEvent): string {
  if (previous.kind === 'added') return 'a code is revised or deleted only in editions after the one that added it';
  if (event.kind === 'deleted') return 'a code is revised only in editions before the one that deleted it';
  // Two revisions in one edition would put the code twice on that edition's change page.
  if (event.year === previous.year) return 'write one revision per edition, its text covering everything that edition changed';
  return 'list revisions oldest first';
}

/** Where the edition a history is checked against comes from, for the message. */
export const CURRENT_EDITION_SOURCE = 'the current edition: cpt_edition in site.config.yaml';

/**
 * Checks the schema cannot make about a code's history: no year after the current edition (a
 * history states what has happened, and the site reflects one edition), and each fact in a later
 * edition than the one before it. Messages are `<file>: <field> <problem>`.
 */
export function checkHistory(codes: readonly HistoryRecord[], edition: number, editionFrom = CURRENT_EDITION_SOURCE): string[] {
  return codes.flatMap((entry) => {
    const events = timeline(entry);
    const at = (event: HistoryEvent, problem: string) => `${entry.filePath}: ${event.field} ${event.year} ${problem}`;
    return events.flatMap((event, i) => {
      const previous = events[i - 1];
      return [
        ...(event.year > edition ? [at(event, `is after the ${edition} edition (${editionFrom})`)] : []),
        ...(previous && event.year <= previous.year
          ? [at(event, `is not after ${previous.field} ${previous.year}: ${orderHint(previous, event)}`)]
          : []),
      ];
    });
  });
}
