import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../../src/user-components/index';
import { compileBody } from '../../../src/bodies/compile-body';
import { bodyCatalogs } from '../../support/content';

const SECTIONS = '## Overview\n\nText.\n\n## Billing overview\n\nText.\n\n## Clinical scenario\n\nText.\n';
const compile = (extra: string) => compileBody(`${SECTIONS}\n${extra}\n`, '37249', bodyCatalogs());
const problems = (extra: string) => compile(extra).problems.map((p) => `line ${p.line}: ${p.message}`);
const html = (extra: string) => {
  const { rendered, problems: found } = compile(extra);
  if (!rendered) throw new Error(found.map((p) => p.message).join('\n'));
  return rendered.html.slice(rendered.html.indexOf('<h2 id="clinical-scenario">'));
};
const EXAMPLE = '<ReportingExample>\n\nTwo veins are opened.\n\n- 37248 × 1: the first vein\n- 37249 × 1: the second vein\n\n</ReportingExample>';

describe('component checks', () => {
  it.each([
    ['<Callout>Hi</Callout>', 'unknown component <Callout>; allowed components: <Tip>, <Caution>, <PayerNote>, <ReportingExample>, <CodeRef>, <Term>'],
    ['<Tip kind="x">\n\nHi\n\n</Tip>', '<Tip> has an unknown attribute "kind"; it takes no attributes'],
    ['<PayerNote>\n\nHi\n\n</PayerNote>', '<PayerNote> needs payer="…" (a payer id from content/payers.yaml)'],
    ['<PayerNote payer="acme">\n\nHi\n\n</PayerNote>', '<PayerNote> payer: "acme" is not a known payer (choose one of: aetna, bcbs, cigna, unitedhealthcare, medicare)'],
    ['<CodeRef code="3724" />', '<CodeRef> code: "3724" is not a CPT code: five digits, or four digits and F, T or U'],
    ['<CodeRef code={x} />', '<CodeRef> code must be a quoted string'],
    ['<CodeRef {...props} />', '<CodeRef> has a {…} attribute, which would run at build time'],
    ['<CodeRef code="37248">text</CodeRef>', '<CodeRef> takes no content; write it as <CodeRef code="37248" />'],
    ['Text <Term term="nope">words</Term> here.', '<Term> term: "nope" is not a glossary term (choose one of: rsi, ivus,'],
    ['Text <Term>words</Term> here.', '<Term> needs term="…" (a term id from content/glossary.yaml)'],
    ['Text <Term term="rsi" /> here.', '<Term> is empty; write its text between <Term> and </Term>'],
    ['Text <Tip>inline</Tip> here.', '<Tip> must stand on lines of its own'],
    ['<Tip>\n\n## Heading\n\n</Tip>', 'has a heading inside a component'],
    ['<ReportingExample>\n\nOnly prose.\n\n</ReportingExample>', '<ReportingExample> must end it with a list of the codes to report'],
    ['<ReportingExample>\n\nProse.\n\n- 37248 × 1: first\n- the second vein\n\n</ReportingExample>', '<ReportingExample> list item 2 does not start with a code and units'],
  ])('%j is refused with its line and the choices', (markup, message) => {
    const found = problems(markup);
    expect(found.join('\n')).toContain(message);
    expect(found[0]).toMatch(/^line 1[3-9]:/);
  });

  it('names every component in the fixed set', () => {
    expect(COMPONENT_NAMES).toEqual(['Tip', 'Caution', 'PayerNote', 'ReportingExample', 'CodeRef', 'Term']);
  });
});

describe('component rendering', () => {
  it('renders callouts as labelled notes with their Markdown inside', () => {
    expect(html('<Tip>\n\nName **every** vein.\n\n</Tip>')).toContain(
      '<div role="note" class="callout callout-tip" data-callout="tip"><p class="callout-label">Tip</p>\n<p>Name <strong>every</strong> vein.</p>\n</div>',
    );
    expect(html('<Caution>\n\nNot twice.\n\n</Caution>')).toContain('<p class="callout-label">Caution</p>');
    expect(html('<PayerNote payer="medicare">\n\nSays so.\n\n</PayerNote>')).toContain('<p class="callout-label">Payer note: Medicare</p>');
  });

  it('renders a worked example as what was done, then a table of linked codes and units', () => {
    const out = html(EXAMPLE);
    expect(out).toContain('<figcaption class="callout-label">Reporting example</figcaption>\n<p>Two veins are opened.</p>');
    expect(out).toContain('<th scope="col">Code</th><th scope="col">Units</th><th scope="col">What it covers</th>');
    expect(out).toContain('<tr><td><a href="/codes/37248/" class="font-mono font-semibold">37248</a></td><td>1</td><td>the first vein</td></tr>');
    // The page's own code is still a link in the table: the table is about codes, not prose.
    expect(out).toContain('<a href="/codes/37249/" class="font-mono font-semibold">37249</a></td><td>1</td><td>the second vein</td>');
  });

  it('links a code reference, or marks it "no page yet"', () => {
    expect(html('See <CodeRef code="37248" /> and <CodeRef code="0075T" />.')).toContain(
      '<p>See <a href="/codes/37248/" class="font-mono font-semibold">37248</a> and <span class="font-mono font-semibold" data-no-page>0075T <span class="font-sans text-sm font-normal text-ink-muted dark:text-ink-muted-dark">(no page yet)</span></span>.</p>',
    );
    expect(html('<CodeRef code="37248" />')).toContain('<p><a href="/codes/37248/"');
  });

  it('links a term to its glossary entry in the author\'s own words, named by the term', () => {
    expect(html('The <Term term="rsi">imaging work</Term> is included.')).toContain(
      '<p>The <a href="/glossary/#rsi" title="Radiological supervision and interpretation" data-glossary-term="rsi">imaging work</a> is included.</p>',
    );
  });
});

describe('code mentions in prose', () => {
  it('links codes with a page and marks the others, leaving the page\'s own code as text', () => {
    const out = html('First 37248, then 37249 and 99999.');
    expect(out).toContain('First <a href="/codes/37248/" class="font-mono font-semibold">37248</a>, then 37249 and <span');
    expect(out).toContain('data-no-page>99999 <span');
  });

  it('leaves numbers that are not codes, headings, link text and code spans alone', () => {
    const { rendered } = compileBody(
      `## Overview\n\nA 62-year-old seen in 2024, 12000 patients, [37248](/x/), \`37248\`.\n\n### About 37248\n\n## Billing overview\n\nx\n\n## Clinical scenario\n\nx\n`,
      '37249',
      bodyCatalogs(),
    );
    expect(rendered!.html).toContain('<p>A 62-year-old seen in 2024, 12000 patients, <a href="/x/">37248</a>, <code>37248</code>.</p>');
    expect(rendered!.html).toContain('<h3 id="about-37248">About 37248</h3>');
  });
});
