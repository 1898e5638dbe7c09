import { describe, expect, it } from 'vitest';
import { moduleGraph, withModulePreloads } from '../../../src/handout/module-preloads';

/** Built modules as Rolldown writes them: minified static imports, and a dynamic one loaded on demand. */
const modules: Record<string, string> = {
  '/sub/_astro/page.A1.js': 'import{a as e}from"./shared.B2.js";import"./side.C3.js";e(()=>import(`./later.D4.js`));',
  '/sub/_astro/header.E5.js': 'import{b as t}from"./shared.B2.js";t();',
  '/sub/_astro/shared.B2.js': 'import{c as n}from"./deep.F6.js";export const a=1,b=()=>n;',
  '/sub/_astro/side.C3.js': 'console.log(1);',
  '/sub/_astro/deep.F6.js': 'export const c=2;',
};
const read = (address: string) => {
  const text = modules[address];
  if (text === undefined) throw new Error(`read ${address}`);
  return text;
};
const page =
  '<!DOCTYPE html><html><head><title>t</title><script>inline()</script><link rel="stylesheet" href="/sub/_astro/a.css"></head>' +
  '<body><script type="module" src="/sub/_astro/header.E5.js"></script><p>x</p><script type="module" src="/sub/_astro/page.A1.js"></script></body></html>';

describe('moduleGraph', () => {
  it('lists every module the page scripts import statically, however deep, each once, and no dynamic import', async () => {
    expect(await moduleGraph(page, read)).toEqual(['/sub/_astro/header.E5.js', '/sub/_astro/shared.B2.js', '/sub/_astro/deep.F6.js', '/sub/_astro/page.A1.js', '/sub/_astro/side.C3.js']);
  });
});

describe('withModulePreloads', () => {
  it('puts one modulepreload link a module at the end of the head', () => {
    expect(withModulePreloads(page, ['/sub/_astro/a.js', '/sub/_astro/b.js'])).toContain(
      '<link rel="stylesheet" href="/sub/_astro/a.css"><link rel="modulepreload" href="/sub/_astro/a.js"><link rel="modulepreload" href="/sub/_astro/b.js"></head>',
    );
    expect(() => withModulePreloads('<p>no head</p>', [])).toThrow('no </head>');
  });
});
