import { afterEach, describe, expect, it, vi } from 'vitest';
import { printedAddress } from '../../../src/qr/printed-address';
import { RESOLVED_BASE_PATH, printQrUrl } from '../../../src/shared/urls';

describe('printedAddress', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the live short link for a live page and the pinned short link for a kept edition', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, '/');
    expect(printedAddress('37249', 'https://cpt.example')).toBe('https://cpt.example/37249/');
    expect(printedAddress('37249', 'https://cpt.example', 2026)).toBe('https://cpt.example/2026/37249/');
  });

  it('keeps the base path of a site published under a sub-path', () => {
    vi.stubEnv(RESOLVED_BASE_PATH, '/coding/cpt/');
    expect(printedAddress('0001F', new URL('https://intranet.example'), 2026)).toBe('https://intranet.example/coding/cpt/2026/0001F/');
  });
});

describe('printQrUrl', () => {
  it('is a file beside the page, and refuses anything but a page folder', () => {
    expect(printQrUrl('/codes/37249/')).toBe('/codes/37249/qr.svg');
    expect(() => printQrUrl('/codes/37249')).toThrow(/page's folder/);
  });
});
