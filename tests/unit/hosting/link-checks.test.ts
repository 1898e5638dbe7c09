import { describe, expect, it } from 'vitest';
import { isForwardingPage, isPinnedPage } from '../../../src/hosting/link-checks';

describe('isPinnedPage and isForwardingPage', () => {
  const site = 'https://x.test';
  it('tell pinned pages apart from live pages and forwarding pages', () => {
    expect(isPinnedPage(`${site}/editions/2026/codes/37249/`)).toBe(true);
    expect(isPinnedPage(`${site}/codes/37249/`)).toBe(false);
    expect(isPinnedPage(`${site}/editions/2026/`)).toBe(false);
    expect(isForwardingPage(`${site}/37249/`)).toBe(true);
    expect(isForwardingPage(`${site}/editions/2026/codes/37249/`)).toBe(false);
  });
});
