import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '../../../src/user-components/index';
import { problemsWith } from '../../support/bodies';

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
    const found = problemsWith(markup);
    expect(found.join('\n')).toContain(message);
    expect(found[0]).toMatch(/^line 1[3-9]:/);
  });

  it('names every component in the fixed set', () => {
    expect(COMPONENT_NAMES).toEqual(['Tip', 'Caution', 'PayerNote', 'ReportingExample', 'CodeRef', 'Term']);
  });
});
