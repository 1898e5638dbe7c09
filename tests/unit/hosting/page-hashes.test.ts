import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowInlineCode, keepOwnHashes } from '../../../src/hosting/page-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const INLINE = 'document.documentElement.dataset.theme="dark"';
const STYLE = 'p{color:red}';
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(INLINE)} ${hash('island()')}; style-src 'self' ${hash(STYLE)} ${hash('')};"></head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('a page keeps the policy hashes of its own inline code', () => {
  it('drops the hashes of code the page does not hold, and keeps its own script and style', () => {
    const html = keepOwnHashes(page(`<script>${INLINE}</script><style>${STYLE}</style><script type="module" src="/a.js"></script>`));
    expect(policy(html)).toBe(`default-src 'self'; script-src 'self' ${hash(INLINE)}; style-src 'self' ${hash(STYLE)};`);
  });

  it('keeps no hash for a page with no inline code, and leaves the rest of the page alone', () => {
    const html = keepOwnHashes(page('<p>text</p><script src="/a.js"></script>'));
    expect(policy(html)).toBe("default-src 'self'; script-src 'self'; style-src 'self';");
    expect(html).toContain('<body><p>text</p><script src="/a.js"></script></body>');
  });

  it('leaves a page without a meta policy as it is', () => {
    expect(keepOwnHashes('<p>redirect</p>')).toBe('<p>redirect</p>');
  });
});

describe('allowInlineCode', () => {
  it('adds the hash of code put into the page to the directive named, once, and keeps the others', () => {
    const html = allowInlineCode(page('<style>b{}</style>'), 'style-src', 'b{}');
    expect(policy(html)).toBe(`default-src 'self'; script-src 'self' ${hash(INLINE)} ${hash('island()')}; style-src 'self' ${hash(STYLE)} ${hash('')} ${hash('b{}')};`);
    expect(allowInlineCode(html, 'style-src', 'b{}')).toBe(html);
    expect(policy(allowInlineCode(page(''), 'script-src', 'go()'))).toContain(`script-src 'self' ${hash(INLINE)} ${hash('island()')} ${hash('go()')};`);
  });

  it('stops the build when the page has no meta policy or no such directive', () => {
    expect(() => allowInlineCode('<p>x</p>', 'style-src', 'b{}')).toThrow('no meta content-security-policy');
    expect(() => allowInlineCode(`<meta http-equiv="content-security-policy" content="default-src 'self'">`, 'style-src', 'b{}')).toThrow('no style-src');
  });
});
