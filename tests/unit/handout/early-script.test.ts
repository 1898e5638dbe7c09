import { describe, expect, it } from 'vitest';
import { withEarlyScripts } from '../../../src/handout/early-script';

const page = (body: string) =>
  `<html><head><script type="module" src="/_astro/head.js"></script></head><body><header><script type="module" src="/_astro/search.js"></script></header>${body}</body></html>`;
const sheet = '<article data-handout><div aria-busy="false" data-handout-codes-shown></div></article>';

describe('withEarlyScripts', () => {
  it('makes the module scripts after the handout sheet async and leaves the others deferred', () => {
    const html = withEarlyScripts(page(`${sheet}<script type="module" src="/_astro/handout.js"></script>`));
    expect(html).toContain('<script type="module" src="/_astro/handout.js" async></script>');
    expect(html).toContain('<script type="module" src="/_astro/head.js"></script>');
    expect(html).toContain('<script type="module" src="/_astro/search.js"></script>');
  });

  it('stops the build when the page has no sheet, or no script after it', () => {
    expect(() => withEarlyScripts(page('<p>x</p>'))).toThrow('no data-handout-codes-shown');
    expect(() => withEarlyScripts(page(sheet))).toThrow('no module script follows the handout sheet');
  });
});
