import { describe, expect, it } from 'vitest';
import { handoutParts } from '../../../src/handout/page-parts';

/** A code page's shape as CodePage.astro renders it, with `between` in place of the modifiers table. */
const page = (between = '<div><table><tr><td>RT</td></tr></table></div>') =>
  `<html><head><title>t</title></head><body><header>site header <nav>search</nav></header><main><nav>crumbs</nav>` +
  `<article data-code="37249" data-pagefind-body><header><h1 class="x"><span>37249</span> <span data-code-title>Title</span></h1>` +
  `<p data-lead>Lead</p><div class="hidden" data-print-source><img src="/codes/37249/qr.svg"><p>Short address</p></div><div>share links</div></header>` +
  `<div class="grid"><div class="min-w-0"><section id="quick-facts"><h2>Quick facts</h2><dl><div><dt>a</dt><dd>b</dd></div></dl></section>` +
  `<div class="prose-site"><div class="w"><h2 id="overview">Overview</h2><a href="#overview" class="l">#</a>` +
  `<span class="c" data-copy><button data-copy-text="u">Copy link</button><span role="status" data-copy-status></span></span></div>` +
  `<p>Body <div>nested</div> <a href="#fn-1">1</a></p></div>` +
  `<div class="w"><h2 id="modifiers">Modifiers</h2></div>${between}` +
  `<div class="w"><h2 id="related-codes">Related codes</h2></div><ul><li>37248</li></ul></div>` +
  `<aside>contents</aside></div></article></main><footer>footer</footer></body></html>`;

describe('handoutParts', () => {
  it('keeps the heading, the print block and the quick facts to the modifiers, in the page markup, less its copy buttons and "#" links', () => {
    const parts = handoutParts(page(), 'dist/codes/37249/index.html');
    expect(parts).toBe(
      '<article data-code="37249" data-pagefind-body><h1 class="x"><span>37249</span> <span data-code-title>Title</span></h1>' +
        '<div class="hidden" data-print-source><img src="/codes/37249/qr.svg"><p>Short address</p></div>' +
        '<div><section id="quick-facts"><h2>Quick facts</h2><dl><div><dt>a</dt><dd>b</dd></div></dl></section>' +
        '<div class="prose-site"><div class="w"><h2 id="overview">Overview</h2></div><p>Body <div>nested</div> <a href="#fn-1">1</a></p></div>' +
        '<div class="w"><h2 id="modifiers">Modifiers</h2></div><div><table><tr><td>RT</td></tr></table></div></div></article>',
    );
  });

  it('stops the build, naming the page, when the page lacks a part or its shape has changed', () => {
    expect(() => handoutParts(page().replace(' data-print-source', ''), 'dist/codes/37249/index.html')).toThrow('dist/codes/37249/index.html: the page has no data-print-source');
    expect(() => handoutParts(page().replace('<div class="w"><h2 id="related-codes">', '<div class="w"><p>x</p><h2 id="related-codes">'), 'dist/x.html')).toThrow(
      'dist/x.html: the related-codes heading is not in its own wrapper',
    );
  });
});
