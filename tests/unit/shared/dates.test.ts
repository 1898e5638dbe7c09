import { describe, expect, it } from 'vitest';
import { longDate } from '../../../src/shared/dates';

describe('longDate', () => {
  it('writes a calendar day as the en-US long date does, in UTC, for every month and the days at its ends', () => {
    const days = Array.from({ length: 12 }, (_, month) => [1, 9, 28, new Date(Date.UTC(2026, month + 1, 0)).getUTCDate()].map((day) => new Date(Date.UTC(2026, month, day)))).flat();
    // Late in the UTC day, where a local time zone east of UTC would already be on the next day.
    days.push(new Date('2024-02-29T23:59:59Z'), new Date('1999-12-31T00:00:00Z'));
    for (const day of days) expect(longDate(day)).toBe(day.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
    expect(longDate(new Date('2026-12-06T12:00:00Z'))).toBe('December 6, 2026');
  });
});
