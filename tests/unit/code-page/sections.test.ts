import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/bodies/parse-body';
import { bodyHeadings } from '../../../src/bodies/compile-body';
import { checkBodySections, splitRenderedSections } from '../../../src/code-page/sections';

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

describe('splitRenderedSections', () => {
  it('splits rendered HTML at each level-2 heading, keeping ids, heading markup and content', () => {
    const html = '<p>Before.</p>\n<h2 id="overview">Overview</h2>\n<p>One.</p>\n<h3 id="sub">Sub</h3>\n<h2 id="billing-overview">Billing <em>overview</em></h2>\n<ol><li>Two.</li></ol>';
    expect(splitRenderedSections(html)).toEqual({
      intro: '<p>Before.</p>\n',
      sections: [
        { id: 'overview', heading: 'Overview', html: '\n<p>One.</p>\n<h3 id="sub">Sub</h3>\n' },
        { id: 'billing-overview', heading: 'Billing <em>overview</em>', html: '\n<ol><li>Two.</li></ol>' },
      ],
    });
  });

  it('returns no sections for HTML without level-2 headings', () => {
    expect(splitRenderedSections('<p>Only text.</p>')).toEqual({ intro: '<p>Only text.</p>', sections: [] });
  });
});
