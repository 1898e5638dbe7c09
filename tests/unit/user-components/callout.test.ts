import { describe, expect, it } from 'vitest';
import { renderedWith } from '../../support/bodies';

describe('callouts (<Tip>, <Caution>, <PayerNote>)', () => {
  it('renders callouts as labelled notes with their Markdown inside', () => {
    expect(renderedWith('<Tip>\n\nName **every** vein.\n\n</Tip>')).toContain(
      '<div role="note" class="callout callout-tip" data-callout="tip"><p class="callout-label">Tip</p>\n<p>Name <strong>every</strong> vein.</p>\n</div>',
    );
    expect(renderedWith('<Caution>\n\nNot twice.\n\n</Caution>')).toContain('<p class="callout-label">Caution</p>');
    expect(renderedWith('<PayerNote payer="medicare">\n\nSays so.\n\n</PayerNote>')).toContain('<p class="callout-label">Payer note: Medicare</p>');
  });
});
