import { describe, expect, it } from 'vitest';
import { bodyHeadings, checkBodySections } from '../../src/lib/sections';

const good = '## Overview\ntext\n\n## Billing overview\n### How\nx\n## Clinical scenario\n1. step\n';

describe('body sections', () => {
  it('reads level-2 headings only', () => {
    expect(bodyHeadings(good)).toEqual(['Overview', 'Billing overview', 'Clinical scenario']);
  });

  it('ignores headings inside code fences', () => {
    expect(bodyHeadings('```\n## Not a heading\n```\n## Overview')).toEqual(['Overview']);
  });

  it('accepts the three sections in order', () => {
    expect(checkBodySections(good)).toEqual([]);
  });

  it.each([
    ['a missing section', '## Overview\n## Clinical scenario\n'],
    ['the wrong order', '## Billing overview\n## Overview\n## Clinical scenario\n'],
    ['a renamed section', '## Overview\n## Billing\n## Clinical scenario\n'],
    ['an extra section', `${good}\n## Extra\n`],
    ['no sections', 'just text'],
  ])('rejects %s, naming the expected headings', (_case, body) => {
    const [message] = checkBodySections(body);
    expect(message).toContain('"Overview", "Billing overview", "Clinical scenario"');
  });
});
