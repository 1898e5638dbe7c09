import { describe, expect, it } from 'vitest';
import { checkBodySafety, MAX_BODY_BYTES } from '../../src/lib/body-safety';

describe('checkBodySafety', () => {
  it('accepts plain Markdown with site, fragment and web links', () => {
    const body = '## Overview\n\nSee [37249](/codes/37249/#overview), [below](#payers) and [CMS](https://www.cms.gov/).\n\n- a *list* with `code`\n';
    expect(checkBodySafety(body)).toEqual([]);
  });

  it.each([
    ['<script>window.x = 1</script>', 'raw <script> element'],
    ['Text <img src="x" onError="alert(1)" /> here.', 'raw <img> element'],
    ['Home is {process.env.HOME}.', '{…} expression'],
    ["import fs from 'node:fs'\n\nText.", 'import or export'],
    ['[click](javascript:alert(1))', 'links to "javascript:alert(1)"'],
    ['![x](data:image/svg+xml,<svg/>)', 'links to "data:image/svg+xml,<svg/>"'],
    ['[ref]: vbscript:msgbox\n\n[x][ref]', 'links to "vbscript:msgbox"'],
  ])('refuses %j', (body, problem) => {
    const problems = checkBodySafety(`## Overview\n\n${body}\n`);
    expect(problems.join('\n')).toContain(problem);
    expect(problems.join('\n')).toMatch(/at line 3/);
  });

  it('counts lines from where the body starts in its file', () => {
    expect(checkBodySafety('Text.\n\n{1 + 1}\n', 12)[0]).toMatch(/^at line 14 has a \{…\} expression/);
  });

  it('refuses a body over the size limit without parsing it', () => {
    expect(checkBodySafety('a'.repeat(MAX_BODY_BYTES + 1))).toEqual([
      `is ${MAX_BODY_BYTES + 1} bytes; the limit is ${MAX_BODY_BYTES} (split or shorten the text)`,
    ]);
  });

  it('reports MDX that does not parse', () => {
    expect(checkBodySafety('<Callout>never closed\n')[0]).toMatch(/^is not valid MDX: /);
  });
});
