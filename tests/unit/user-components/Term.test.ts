import { describe, expect, it } from 'vitest';
import { renderedWith } from '../../support/bodies';

describe('<Term>', () => {
  it("links a term to its glossary entry in the author's own words, named by the term", () => {
    expect(renderedWith('The <Term term="rsi">imaging work</Term> is included.')).toContain(
      '<p>The <a href="/glossary/#rsi" title="Radiological supervision and interpretation" data-glossary-term="rsi">imaging work</a> is included.</p>',
    );
  });
});
