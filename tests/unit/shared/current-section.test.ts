import { describe, expect, it } from 'vitest';
import { currentSection, type HeadingPosition } from '../../../src/shared/current-section';

const headings = (...tops: number[]): HeadingPosition[] => tops.map((top, i) => ({ id: `s${i}`, top }));
const viewport = { height: 900, atBottom: false, hash: '' };

describe('currentSection', () => {
  it('is the last heading past the reading line, a third of the way down', () => {
    expect(currentSection(headings(-800, -100, 350, 700), viewport)).toBe('s1');
    expect(currentSection(headings(-800, -100, 300, 700), viewport)).toBe('s2');
  });

  it('is none above the first heading', () => {
    expect(currentSection(headings(400, 1200), viewport)).toBeUndefined();
  });

  it('at the end of the page, is the followed anchor while its heading is in view', () => {
    const bottom = { ...viewport, atBottom: true, hash: 's3' };
    expect(currentSection(headings(-900, -200, 100, 500), bottom)).toBe('s3');
    expect(currentSection(headings(-900, -200, 100, 500), { ...bottom, hash: '' })).toBe('s2');
    expect(currentSection(headings(-900, -200, 100, 950), bottom)).toBe('s2');
    expect(currentSection(headings(-900, -200, 100, 500), { ...viewport, hash: 's3' })).toBe('s2');
  });
});
