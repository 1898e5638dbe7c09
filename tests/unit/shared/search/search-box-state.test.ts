import { describe, expect, it } from 'vitest';
import { INITIAL_BOX_STATE, boxTransition, submitAction, type BoxEvent, type BoxState } from '../../../../src/shared/search/search-box-state';

const run = (...events: BoxEvent[]): BoxState => events.reduce(boxTransition, INITIAL_BOX_STATE);

describe('search box state', () => {
  it('opens with an answer to the latest keystroke', () =>
    expect(run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true })).toEqual({ sequence: 1, open: true, options: 3, active: -1, dismissed: false }));
  it('drops an answer to an older keystroke', () => {
    const state = run({ type: 'typed' }, { type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true });
    expect(state).toEqual({ sequence: 2, open: false, options: 0, active: -1, dismissed: false });
  });
  it('moves through options with wrap-around, from either end', () => {
    const shown = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true });
    expect(boxTransition(shown, { type: 'move', step: 1 }).active).toBe(0);
    expect(boxTransition(shown, { type: 'move', step: -1 }).active).toBe(2);
    expect(run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 2, panel: true }, { type: 'move', step: 1 }, { type: 'move', step: 1 }, { type: 'move', step: 1 }).active).toBe(0);
  });
  it('keeps the highlight where a second answer to the same keystroke puts that option, else drops it', () => {
    const chosen = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true }, { type: 'move', step: 1 });
    expect(boxTransition(chosen, { type: 'answered', sequence: 1, options: 8, panel: true, highlighted: 5 }).active).toBe(5);
    expect(boxTransition(chosen, { type: 'answered', sequence: 1, options: 8, panel: true, highlighted: -1 }).active).toBe(-1);
    expect(boxTransition(chosen, { type: 'answered', sequence: 1, options: 2, panel: true, highlighted: 4 }).active).toBe(-1);
  });
  it('ignores arrows with nothing to move through', () => expect(run({ type: 'move', step: 1 })).toEqual(INITIAL_BOX_STATE));
  it('closes on Escape or too short a query, forgetting the highlight', () => {
    const chosen = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 2, panel: true }, { type: 'move', step: 1 });
    expect(boxTransition(chosen, { type: 'close' })).toMatchObject({ open: false, active: -1 });
    expect(boxTransition(chosen, { type: 'cleared' })).toMatchObject({ open: false, active: -1, sequence: 2 });
  });
  it('keeps closed an answer that arrives after Escape, until the next keystroke, arrow or focus', () => {
    const closed = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true }, { type: 'close' });
    const late = boxTransition(closed, { type: 'answered', sequence: 1, options: 8, panel: true, highlighted: 2 });
    expect(late).toMatchObject({ open: false, options: 8, active: -1 });
    expect(boxTransition(late, { type: 'move', step: 1 })).toMatchObject({ open: true, active: 0 });
    expect(boxTransition(boxTransition(late, { type: 'focus', hasText: true }), { type: 'answered', sequence: 1, options: 8, panel: true }).open).toBe(true);
    const typedAgain = run({ type: 'typed' }, { type: 'close' }, { type: 'keystroke' }, { type: 'typed' });
    expect(boxTransition(typedAgain, { type: 'answered', sequence: 2, options: 4, panel: true }).open).toBe(true);
  });
  it('keeps closed the answer to a search started by the pause in typing after Escape', () => {
    const escaped = run({ type: 'keystroke' }, { type: 'close' }, { type: 'typed' }, { type: 'answered', sequence: 1, options: 3, panel: true });
    expect(escaped).toMatchObject({ open: false, options: 3 });
  });
  it('reopens on focus only with text and suggestions to show', () => {
    const closed = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 2, panel: true }, { type: 'close' });
    expect(boxTransition(closed, { type: 'focus', hasText: true }).open).toBe(true);
    expect(boxTransition(closed, { type: 'focus', hasText: false }).open).toBe(false);
  });
  it('Enter opens the highlighted option, waits for a typed code, or submits', () => {
    const chosen = run({ type: 'typed' }, { type: 'answered', sequence: 1, options: 2, panel: true }, { type: 'move', step: 1 });
    expect(submitAction(chosen, false)).toBe('open-active');
    expect(submitAction(INITIAL_BOX_STATE, true)).toBe('open-exact-code');
    expect(submitAction(INITIAL_BOX_STATE, false)).toBe('submit');
  });
});
