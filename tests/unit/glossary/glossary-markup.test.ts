import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossaryMarks, markFirstUses, termsUsedIn } from '../../../src/glossary/glossary-markup';
import { glossaryTerm as term } from '../../support/glossary';

const terms = [
  term('rsi', { term: 'Radiological supervision and interpretation', abbreviations: ['RS&I'] }),
  term('ivus', { term: 'Intravascular ultrasound', abbreviations: ['IVUS'] }),
  term('hemorrhage', { term: 'Hemorrhage', variants: ['haemorrhage'], layWords: ['bleeding'] }),
];
const marks = glossaryMarks(terms);
const href = (id: string) => `/glossary/#${id}`;

const t = (value: string): ElementContent => ({ type: 'text', value });
const e = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const root = (...children: ElementContent[]): Root => ({ type: 'root', children });

/** Marks the parts in order, as a body's intro and sections are, and gives each part's HTML. */
function marked(...parts: Root[]): string[] {
  markFirstUses(parts, marks, href);
  return parts.map((part) => toHtml(part));
}

describe('markFirstUses', () => {
  it('links the first use of each term only, spelling out abbreviations', () => {
    expect(marked(root(e('p', [t('Hemorrhage with RS&I, then more hemorrhage and RS&I.')])))).toEqual([
      '<p><a href="/glossary/#hemorrhage" data-glossary-term="hemorrhage">Hemorrhage</a> with <a href="/glossary/#rsi" data-glossary-term="rsi"><abbr title="Radiological supervision and interpretation">RS&#x26;I</abbr></a>, then more hemorrhage and RS&#x26;I.</p>',
    ]);
  });

  it('counts a first use across the parts in the order given, not in each part', () => {
    expect(marked(root(e('p', [t('IVUS first.')])), root(e('p', [t('IVUS again.')])))).toEqual([
      '<p><a href="/glossary/#ivus" data-glossary-term="ivus"><abbr title="Intravascular ultrasound">IVUS</abbr></a> first.</p>',
      '<p>IVUS again.</p>',
    ]);
  });

  it('leaves headings, links, code and attributes alone, and marks the next use outside them', () => {
    const skipped = [e('h2', [t('IVUS')]), e('p', [e('a', [t('IVUS')], { href: '/x' }), t(' '), e('code', [t('IVUS')]), e('span', [t('x')], { title: 'IVUS' })])];
    expect(marked(root(...skipped))).toEqual(['<h2>IVUS</h2><p><a href="/x">IVUS</a> <code>IVUS</code><span title="IVUS">x</span></p>']);
    expect(marked(root(...skipped, e('p', [t('IVUS')])))[0]).toContain('<p><a href="/glossary/#ivus"');
  });

  it('matches abbreviations by case and whole words only', () => {
    expect(marked(root(e('p', [t('ivus and IVUSes')])))).toEqual(['<p>ivus and IVUSes</p>']);
    expect(marked(root(e('p', [t('haemorrhages')])))).toEqual(['<p>haemorrhages</p>']);
  });

  it('finds a term broken across lines, or across neighbouring text nodes', () => {
    const link = '<p><a href="/glossary/#ivus" data-glossary-term="ivus">Intravascular\nultrasound</a></p>';
    expect(marked(root(e('p', [t('Intravascular\nultrasound')])))).toEqual([link]);
    expect(marked(root(e('p', [t('Intravascular'), t('\nultrasound')])))).toEqual([link]);
  });

  it('does not link lay words', () => expect(marked(root(e('p', [t('bleeding')])))).toEqual(['<p>bleeding</p>']));
});

describe('glossaryMarks', () => {
  it('gives a form two terms share to the first alphabetically, whatever their order', () => {
    const shared = [term('b', { term: 'Beta', synonyms: ['scan'] }), term('a', { term: 'Alpha', synonyms: ['scan'] })];
    expect(termsUsedIn('a scan', glossaryMarks(shared))).toEqual(new Set(['a']));
    expect(termsUsedIn('a scan', glossaryMarks([...shared].reverse()))).toEqual(new Set(['a']));
  });
});
