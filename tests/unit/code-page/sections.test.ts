import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/bodies/parse-body';
import { bodyHeadings } from '../../../src/bodies/compile-body';
import { checkBodySections } from '../../../src/code-page/sections';

const headingsOf = (body: string) => {
  const parsed = parseBody(body);
  if (!('tree' in parsed)) throw new Error(parsed.problem.message);
  return bodyHeadings(parsed.tree);
};

const good = '## Overview\ntext\n\n## Billing overview\n### How\nx\n## Clinical scenario\n1. step\n';

describe('body sections', () => {
  it('reads level-2 headings only', () => {
    expect(headingsOf(good)).toEqual(['Overview', 'Billing overview', 'Clinical scenario']);
  });

  it('ignores headings inside code fences', () => {
    expect(headingsOf('```\n## Not a heading\n```\n## Overview')).toEqual(['Overview']);
  });

  it('accepts the three sections in order', () => {
    expect(checkBodySections(headingsOf(good))).toEqual([]);
  });

  it.each([
    ['a missing section', '## Overview\n## Clinical scenario\n'],
    ['the wrong order', '## Billing overview\n## Overview\n## Clinical scenario\n'],
    ['a renamed section', '## Overview\n## Billing\n## Clinical scenario\n'],
    ['an extra section', `${good}\n## Extra\n`],
    ['no sections', 'just text'],
  ])('rejects %s, naming the expected headings', (_case, body) => {
    const [message] = checkBodySections(headingsOf(body));
    expect(message).toContain('"Overview", "Billing overview", "Clinical scenario"');
  });
});
