import { expect, test } from '../support/test';
import { LinkChecker } from 'linkinator';
import { withBase } from '../../src/shared/urls';
import { builtPages } from '../support/site';

// Checks the site as a host serves it (the test server), starting from every built page so pages
// nothing links to are checked too. External links are out of scope: they can break at any time
// without a change here, so they would make the suite flaky rather than the site safer.
test('every internal link, asset and #fragment on every built page resolves', { tag: '@base-path' }, async ({ baseURL, distDir }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const pages = builtPages(distDir);
  const result = await new LinkChecker().check({
    path: pages.map((p) => `${origin}${withBase(p.path)}`),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    redirects: 'error',
    concurrency: 8,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => `${l.parent?.replace(origin, '') ?? '(start)'} -> ${l.url.replace(origin, '')} (${l.status ?? 'no status'})`);
  expect(broken, 'page -> broken link').toEqual([]);
  expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(pages.length);
});
