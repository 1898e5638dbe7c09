import { describe, expect, it } from 'vitest';
import { handoutLeadParts, handoutParts } from '../../../src/handout/page-parts';

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
  it('keeps the heading, the print block and the quick facts to the modifiers, in the page markup, less its copy buttons, "#" links, page-only attributes and heading styling', () => {
    const parts = handoutParts(page(), 'dist/codes/37249/index.html');
    expect(parts).toBe(
      '<article data-code="37249"><h1><span>37249</span> <span data-code-title>Title</span></h1>' +
        '<div class="hidden" data-print-source><img src="/codes/37249/qr.svg"><p>Short address</p></div>' +
        '<div><section id="quick-facts"><h2>Quick facts</h2><dl><div><dt>a</dt><dd>b</dd></div></dl></section>' +
        '<div class="prose-site"><div><h2 id="overview">Overview</h2></div><p>Body <div>nested</div> <a href="#fn-1">1</a></p></div>' +
        '<div><h2 id="modifiers">Modifiers</h2></div><div><table><tr><td>RT</td></tr></table></div></div></article>',
    );
  });

  it('leaves out attributes only the page reads and the headings\' styling, and keeps the styling of what a handout shows', () => {
    const shown = '<dl class="divide-y" data-quick-facts><div class="grid py-2"><dt class="font-semibold">a</dt><dd>b</dd></div></dl>';
    const marked = page().replace('<section id="quick-facts">', '<section id="quick-facts" aria-labelledby="qf" class="box"><h2 id="qf" class="sr-only" data-pagefind-ignore>Quick facts</h2>' + shown + '</section><section hidden>');
    const parts = handoutParts(marked.replace('<h2 id="overview">', '<h2 id="overview" data-permalink class="text-2xl">'), 'dist/x.html');
    expect(parts).toContain('<section id="quick-facts" class="box"><h2 id="qf">Quick facts</h2>' + shown);
    expect(parts).toContain('<div><h2 id="overview">Overview</h2></div>');
    expect(parts).not.toMatch(/data-pagefind|data-permalink|aria-labelledby/);
  });

  it('keeps only the parts up to the default sections in the lead parts, without the print block the handout page carries once, closing the prose wrapper they end in', () => {
    const prose =
      '<div class="prose-site"><div class="w"><h2 id="overview">Overview</h2></div><p>O</p><div class="w"><h2 id="billing-overview">B</h2></div><p>B</p>' +
      '<div class="w"><h2 id="clinical-scenario">C</h2></div><p>C</p></div>';
    const full = page().replace(/<div class="prose-site">.*?<\/p><\/div>/, prose);
    expect(handoutLeadParts(full, 'dist/x.html')).toBe(
      '<article data-code="37249"><h1><span>37249</span> <span data-code-title>Title</span></h1>' +
        '<div><section id="quick-facts"><dl><div><dt>a</dt><dd>b</dd></div></dl></section>' +
        '<div class="prose-site"><div><h2 id="overview">Overview</h2></div><p>O</p><div><h2 id="billing-overview">B</h2></div><p>B</p></div></div></article>',
    );
    expect(handoutParts(full, 'dist/x.html')).toContain('<p>C</p></div><div><h2 id="modifiers">');
  });

  it("leaves out of the lead parts, not the export, the quick-facts panel's box and heading, the code heading's styling and the glossary links' terms", () => {
    const styled = page()
      .replace('<span>37249</span> <span data-code-title>', '<span class="font-mono">37249</span> <span class="block text-2xl" data-code-title>')
      .replace('<section id="quick-facts"><h2>Quick facts</h2>', '<section id="quick-facts" class="rounded border p-4"><h2 id="quick-facts-heading" class="sr-only">Quick facts</h2>')
      .replace('<p>Body ', '<p>Body <a href="/glossary/#stent" data-glossary-term="stent">stent</a> ')
      .replace('<h2 id="modifiers">', '<h2 id="billing-overview">B</h2></div><p>B</p><div class="w"><h2 id="clinical-scenario">');
    const lead = handoutLeadParts(styled, 'dist/x.html');
    expect(lead).toContain('<h1><span>37249</span> <span data-code-title>Title</span></h1>');
    expect(lead).toContain('<div><section id="quick-facts"><dl><div><dt>a</dt>');
    expect(lead).toContain('<a href="/glossary/#stent" data-glossary-term>stent</a>');
    const exported = handoutParts(styled, 'dist/x.html');
    expect(exported).toContain('<span class="font-mono">37249</span>');
    expect(exported).toContain('<section id="quick-facts" class="rounded border p-4"><h2 id="quick-facts-heading">Quick facts</h2>');
    expect(exported).toContain('data-glossary-term="stent"');
  });

  it('stops the build, naming the page, when the page lacks a part or its shape has changed', () => {
    expect(() => handoutParts(page().replace(' data-print-source', ''), 'dist/codes/37249/index.html')).toThrow('dist/codes/37249/index.html: the page has no data-print-source');
    expect(() => handoutParts(page().replace('<div class="w"><h2 id="related-codes">', '<div class="w"><p>x</p><h2 id="related-codes">'), 'dist/x.html')).toThrow(
      'dist/x.html: the related-codes heading is not in its own wrapper',
    );
  });
});
