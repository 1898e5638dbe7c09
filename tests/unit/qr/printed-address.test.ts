import { afterEach, describe, expect, it, vi } from 'vitest';
import { printedAddress } from '../../../src/qr/printed-address';
import { RESOLVED_BASE_PATH, printQrSheetUrl, printQrUrl } from '../../../src/shared/urls';

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
  it("is the code's view on a sheet shared by the codes that start alike, beside the live or kept pages' folder", () => {
    expect(printQrUrl('/codes/37249/')).toBe('/qr/372.svg#c37249');
    expect(printQrSheetUrl('/codes/37246/')).toBe('/qr/372.svg');
    expect(printQrUrl('/editions/2026/codes/0001T/')).toBe('/editions/2026/qr/000.svg#c0001T');
    expect(printQrUrl('/coding/cpt/codes/37249/')).toBe('/coding/cpt/qr/372.svg#c37249');
  });

  it('refuses anything but a code page folder', () => {
    expect(() => printQrUrl('/codes/37249')).toThrow(/code page's folder/);
    expect(() => printQrUrl('/37249/')).toThrow(/code page's folder/);
  });
});
