import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../../src/qr/qr-svg';

describe('qrSvg', () => {
  const svg = qrSvg('https://cpt-reference.example/37249/');

  it('is a standalone SVG document painted with attributes, never inline styles (the CSP forbids them)', () => {
    expect(svg).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('fill="#000"');
    expect(svg).not.toMatch(/style/i);
  });

  it('keeps a white quiet zone around the code, so it scans on any background', () => {
    const [, x, , size] = /viewBox="(-?\d+) (-?\d+) (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number) as number[];
    expect(x).toBe(-4);
    expect(svg).toContain(`<rect x="-4" y="-4" width="${size}" height="${size}" fill="#fff">`);
  });

  it('refuses a relative address, which a phone could not open', () => {
    expect(() => qrSvg('/37249/')).toThrow(/not an absolute address/);
  });
});
