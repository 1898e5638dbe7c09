import { describe, expect, it } from 'vitest';
import { refusedBody, throwRefusedBodies } from '../../../src/bodies/refused-bodies';

const good = { id: '37249', filePath: 'content/codes/37249.mdx', rendered: { html: '<p>Fine</p>' } };

describe('refused bodies in the dev server', () => {
  it('pass when no body was refused', () => {
    expect(() => throwRefusedBodies([good])).not.toThrow();
  });

  it('throw every problem, located at the first refused file and its line', () => {
    const first = refusedBody({ id: '37244', filePath: 'content/codes/37244.mdx' }, [
      'content/codes/37244.mdx: body at line 27 has a {…} expression',
    ]);
    const second = refusedBody({ id: '37248', filePath: 'content/codes/37248.mdx' }, ['content/codes/37248.mdx: body is missing ## Overview']);
    expect(first.rendered.html).toBe('');
    expect(() => throwRefusedBodies([good, first, second])).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/37244\.mdx: body at line 27 has a \{…\} expression[\s\S]*37248\.mdx: body is missing/),
        loc: { file: 'content/codes/37244.mdx', line: 27, column: 1 },
      }),
    );
  });

  it('point at the first line when the problem has none', () => {
    const refused = refusedBody({ filePath: 'content/codes/37248.mdx' }, ['content/codes/37248.mdx: body is missing ## Overview']);
    expect(() => throwRefusedBodies([refused])).toThrow(expect.objectContaining({ loc: { file: 'content/codes/37248.mdx', line: 1, column: 1 } }));
  });
});
