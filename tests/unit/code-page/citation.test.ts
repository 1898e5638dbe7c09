import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/code-page/citation';

describe('citationText', () => {
  it('writes a plain-text citation with the review date', () => {
    const parts = { code: '37249', title: 'A title', url: 'https://x.test/codes/37249/', lastReviewed: new Date('2026-03-01'), siteName: 'Example Health CPT' };
    expect(citationText(parts)).toBe('CPT 37249: A title. Example Health CPT. https://x.test/codes/37249/ (last reviewed 2026-03-01).');
  });
  it('cites a pinned page with its edition and the day it was kept', () => {
    const parts = { code: '37249', title: 'A title', siteName: 'Example', url: 'https://x.test/editions/2025/codes/37249/', lastReviewed: new Date('2025-12-01') };
    expect(citationText({ ...parts, edition: { year: 2025, keptOn: new Date('2025-12-15') } })).toBe(
      'CPT 37249: A title. Example, pinned copy for the CPT 2025 code set (kept 2025-12-15). https://x.test/editions/2025/codes/37249/ (last reviewed 2025-12-01).',
    );
  });
});
