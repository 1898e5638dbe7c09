import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { compileBody } from '../../../src/bodies/compile-body';
import { splitAtHeadings } from '../../../src/bodies/render-body';
import { bodyCatalogs } from '../../support/content';
import { renderedWith } from '../../support/bodies';

const h2 = (id: string): Element => ({ type: 'element', tagName: 'h2', properties: { id }, children: [{ type: 'text', value: id }] });
const p = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

const render = (body: string) => {
  const { rendered, problems } = compileBody(body, '37249', bodyCatalogs());
  if (!rendered) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return rendered;
};
const body = (overview: string, billing = 'Billed once.') => `Intro.\n\n## Overview\n\n${overview}\n\n## Billing overview\n\n${billing}\n\n## Clinical scenario\n\nDone.\n`;

describe('splitAtHeadings', () => {
  it('splits at each level-2 heading, keeping what comes before the first as the intro', () => {
    const { intro, sections } = splitAtHeadings({ type: 'root', children: [p('a'), h2('one'), p('b'), p('c'), h2('two')] });
    expect(intro.children).toEqual([p('a')]);
    expect(sections.map((s) => s.heading.properties.id)).toEqual(['one', 'two']);
    expect(sections.map((s) => s.content.children)).toEqual([[p('b'), p('c')], []]);
  });

  it('gives a body without headings all to the intro', () => {
    const root: Root = { type: 'root', children: [p('a')] };
    expect(splitAtHeadings(root)).toEqual({ intro: root, sections: [] });
  });
});

describe('renderBody', () => {
  it('gives each section its anchor, heading and content, and the intro apart', () => {
    const rendered = render(body('Some *text*.'));
    expect(rendered.intro).toBe('<p>Intro.</p>\n');
    expect(rendered.sections.map(({ id, heading }) => [id, heading])).toEqual([
      ['overview', 'Overview'],
      ['billing-overview', 'Billing overview'],
      ['clinical-scenario', 'Clinical scenario'],
    ]);
    expect(rendered.sections[0]!.html).toBe('\n<p>Some <em>text</em>.</p>\n');
  });

  it('links a glossary term at its first use in the whole body, in page order', () => {
    const rendered = render(body('Seen on IVUS.', 'IVUS again.'));
    expect(rendered.sections[0]!.html).toContain('<a href="/glossary/#ivus" data-glossary-term="ivus"><abbr title="Intravascular ultrasound">IVUS</abbr></a>');
    expect(rendered.sections[1]!.html).toBe('\n<p>IVUS again.</p>\n');
  });

  it('fingerprints each section as written, so a term moving its first use changes no other section', () => {
    const before = render(body('Seen on IVUS.', 'IVUS again.'));
    const after = render(body('Seen on the screen.', 'IVUS again.'));
    expect(after.sections[1]!.html).not.toBe(before.sections[1]!.html);
    expect(after.sections[1]!.written).toBe(before.sections[1]!.written);
    expect(after.sections[0]!.written).not.toBe(before.sections[0]!.written);
  });
});

describe('code mentions in prose', () => {
  it("links codes with a page and marks the others, leaving the page's own code as text", () => {
    const out = renderedWith('First 37248, then 37249 and 99999.');
    expect(out).toContain('First <a href="/codes/37248/" class="font-mono font-semibold" data-code-link>37248</a>, then 37249 and <span');
    expect(out).toContain('data-no-page>99999 <span');
  });

  it('leaves numbers that are not codes, headings, link text and code spans alone', () => {
    const overview = render(body('A 62-year-old seen in 2024, 12000 patients, [37248](/x/), `37248`.\n\n### About 37248')).sections[0]!.html;
    expect(overview).toContain('<p>A 62-year-old seen in 2024, 12000 patients, <a href="/x/">37248</a>, <code>37248</code>.</p>');
    expect(overview).toContain('<h3 id="about-37248">About 37248</h3>');
  });
});
