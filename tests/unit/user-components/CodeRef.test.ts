import { describe, expect, it } from 'vitest';
import { renderedWith } from '../../support/bodies';

describe('<CodeRef>', () => {
  it('links a code reference, or marks it "no page yet"', () => {
    expect(renderedWith('See <CodeRef code="37248" /> and <CodeRef code="0075T" />.')).toContain(
      '<p>See <a href="/codes/37248/" class="font-mono font-semibold" data-code-link>37248</a> and <span class="font-mono font-semibold" data-no-page>0075T <span class="font-sans text-sm font-normal text-ink-muted dark:text-ink-muted-dark">(no page yet)</span></span>.</p>',
    );
    expect(renderedWith('<CodeRef code="37248" />')).toContain('<p><a href="/codes/37248/"');
  });
});
