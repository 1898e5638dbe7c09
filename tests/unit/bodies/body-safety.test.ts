import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/bodies/body-safety';
import { compileBody } from '../../../src/bodies/compile-body';
import { bodyCatalogs } from '../../support/content';

const SECTIONS = '## Overview\n\nText.\n\n## Billing overview\n\nText.\n\n## Clinical scenario\n\nText.\n';
const problemsOf = (body: string) => compileBody(body, '37249', bodyCatalogs()).problems;
const messages = (body: string) => problemsOf(body).map((p) => (p.line === undefined ? p.message : `at line ${p.line} ${p.message}`));

describe('body safety', () => {
  it('accepts plain Markdown with site, fragment and web links', () => {
    const body = `${SECTIONS}\nSee [37249](/codes/37249/#overview), [below](#payers) and [CMS](https://www.cms.gov/).\n\n- a *list* with \`code\`\n`;
    expect(problemsOf(body)).toEqual([]);
  });

  it.each([
    ['<script>window.x = 1</script>', 'raw <script> element'],
    ['Text <img src="x" onError="alert(1)" /> here.', 'raw <img> element'],
    ['Home is {process.env.HOME}.', '{…} expression'],
    ["import fs from 'node:fs'\n\nText.", 'import or export'],
    ['[click](javascript:alert(1))', 'links to "javascript:alert(1)"'],
    ['![x](data:image/svg+xml,<svg/>)', 'links to "data:image/svg+xml,<svg/>"'],
    ['[ref]: vbscript:msgbox\n\n[x][ref]', 'links to "vbscript:msgbox"'],
  ])('refuses %j, naming its line', (body, problem) => {
    const found = messages(`## Overview\n\n${body}\n`).join('\n');
    expect(found).toContain(problem);
    expect(found).toMatch(/at line 3/);
  });

  it('refuses a body over the size limit without parsing it', () => {
    expect(problemsOf('a'.repeat(MAX_BODY_BYTES + 1))).toEqual([
      { message: `is ${MAX_BODY_BYTES + 1} bytes; the limit is ${MAX_BODY_BYTES} (split or shorten the text)` },
    ]);
  });

  it('reports MDX that does not parse, with its line', () => {
    expect(messages('Text.\n\n<Callout>never closed\n')[0]).toMatch(/^at line \d+ is not valid MDX: /);
  });
});
