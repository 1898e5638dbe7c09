import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withInlineStylesheets } from '../../../src/handout/inline-stylesheet';

const CSS = '.a{color:red}@media print{.b{display:none}}\n';
const stylesheets: Record<string, string> = { '/sub/_astro/global.X1.css': CSS };
const read = (address: string) => {
  const text = stylesheets[address];
  if (text === undefined) throw new Error(`read ${address}`);
  return text;
};
const page = (head: string) =>
  `<!DOCTYPE html><html><head><script>boot()</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';">${head}</head><body><p>x</p></body></html>`;

describe('withInlineStylesheets', () => {
  it('puts the stylesheet in a style element at the end of the head, in place of its link, allowed by its hash', () => {
    const html = withInlineStylesheets(page('<link rel="stylesheet" href="/sub/_astro/global.X1.css"><link rel="modulepreload" href="/sub/_astro/a.js">'), read);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`<script>boot()</script>`);
    expect(html).toContain(`<link rel="modulepreload" href="/sub/_astro/a.js"><style>${CSS}</style></head>`);
    const hash = createHash('sha256').update(CSS).digest('base64');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}';`);
  });

  it('stops the build when the page links no stylesheet, or the stylesheet would end its element early', () => {
    expect(() => withInlineStylesheets(page(''), read)).toThrow('links no stylesheet');
    stylesheets['/sub/_astro/bad.css'] = '.a::after{content:"</style>"}';
    expect(() => withInlineStylesheets(page('<link rel="stylesheet" href="/sub/_astro/bad.css">'), read)).toThrow('holds "</style"');
  });
});
