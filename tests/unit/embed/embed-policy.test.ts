import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedFrameAncestors, embedSnippet } from '../../../src/embed/embed-policy';

describe('embedFrameAncestors', () => {
  it('is any site for "*", else exactly the listed origins', () => {
    expect(embedFrameAncestors('*')).toEqual(['*']);
    expect(embedFrameAncestors(['https://lms.example.edu', 'https://moodle.example.org:8443'])).toEqual(['https://lms.example.edu', 'https://moodle.example.org:8443']);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with the card address, a title for screen readers and a fixed height', () => {
    const snippet = embedSnippet({ src: 'https://cpt.example/embed/37249/', title: 'CPT 37249: "Balloon" <angioplasty> & more' });
    expect(snippet).toBe(
      `<iframe src="https://cpt.example/embed/37249/" title="CPT 37249: &quot;Balloon&quot; &lt;angioplasty> &amp; more" width="560" height="${EMBED_HEIGHT}" loading="lazy"></iframe>`,
    );
  });
});
