import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSheetSvg } from '../../../src/qr/qr-svg';

const SCALE = 4;

/** The dark runs the sheet's path draws, as absolute rows: its "M x y.5hN" and "m dx 0hN" commands. */
function darkRuns(svg: string): { x: number; y: number; length: number }[] {
  const d = /<path stroke="#000" d="([^"]+)"/.exec(svg)![1]!;
  const runs: { x: number; y: number; length: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b, length] of d.matchAll(/([Mm])(-?[\d.]+) (-?[\d.]+)h(\d+)/g)) {
    [x, y] = command === 'M' ? [Number(a), Number(b) - 0.5] : [x + Number(a), y + Number(b)];
    runs.push({ x, y, length: Number(length) });
    x += Number(length);
  }
  return runs;
}

/** What an `<img src="sheet.svg#id">` shows: the view's box of the sheet, as RGBA pixels for jsQR. */
function renderView(svg: string, id: string) {
  const [left, top, side] = new RegExp(`<view id="${id}" viewBox="(\\d+) (\\d+) (\\d+) \\d+"/>`).exec(svg)!.slice(1).map(Number) as [number, number, number];
  const size = side * SCALE;
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const run of darkRuns(svg)) {
    for (let x = run.x; x < run.x + run.length; x++) {
      const [col, row] = [x - left, run.y - top];
      if (col < 0 || row < 0 || col >= side || row >= side) continue;
      for (let py = row * SCALE; py < (row + 1) * SCALE; py++) {
        for (let px = col * SCALE; px < (col + 1) * SCALE; px++) rgba.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      }
    }
  }
  return jsQR(rgba, size, size)?.data ?? null;
}

describe('qrSheetSvg', () => {
  const addresses = { c37249: 'https://cpt-reference.example/37249/', c37246: 'https://cpt-reference.example/2026/37246/', c0001T: 'https://cpt-reference.example/coding/cpt/0001T/' };
  const svg = qrSheetSvg(Object.entries(addresses).map(([id, address]) => ({ id, address })));

  it('shows each code alone in its view, and each view scans to its own address', () => {
    for (const [id, address] of Object.entries(addresses)) expect(renderView(svg, id)).toBe(address);
  });

  it('is a standalone SVG document painted with attributes, never inline styles (the CSP forbids them)', () => {
    expect(svg).toMatch(/^<\?xml[^>]*\?><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<rect width=');
    expect(svg).not.toMatch(/style/i);
  });

  it('keeps a white quiet zone of four modules around each code, so it scans on any background', () => {
    const runs = darkRuns(svg);
    for (const [, top, side] of svg.matchAll(/<view id="[^"]+" viewBox="0 (\d+) (\d+) \d+"\/>/g).map((m) => m.map(Number))) {
      const inside = runs.filter((run) => run.y >= top! && run.y < top! + side!);
      expect(Math.min(...inside.map((r) => r.x))).toBe(4);
      expect(Math.max(...inside.map((r) => r.x + r.length))).toBe(side! - 4);
      expect(Math.min(...inside.map((r) => r.y)) - top!).toBe(4);
    }
  });

  it('refuses a relative address, which a phone could not open', () => {
    expect(() => qrSheetSvg([{ id: 'c37249', address: '/37249/' }])).toThrow(/not an absolute address/);
  });
});
