import { describe, expect, it } from 'vitest';
import { missingTargets, readRedirectTable } from '../../../src/hosting/redirects';

const FILE = 'content/redirects.yaml';

describe('readRedirectTable and missingTargets', () => {
  const reserved = new Set(['/codes/37249/', '/37249/']);
  it('accepts an empty table and a valid entry', () => {
    expect(readRedirectTable(null, FILE, reserved)).toEqual({ redirects: [], errors: [] });
    expect(readRedirectTable({ '/old/': '/codes/37249/#overview' }, FILE, reserved).errors).toEqual([]);
  });
  it('rejects chains, loops, malformed paths and sources that hide a live page', () => {
    const { errors } = readRedirectTable(
      { '/a/': '/b/', '/b/': '/codes/37249/', '/c/': '/c/', 'd': '/codes/37249/', '/37249/': '/codes/37249/', '/e/': 42 },
      FILE,
      reserved,
    );
    expect(errors).toEqual([
      `${FILE}: "/a/" redirects to "/b/", which is itself redirected; point it at the final page instead`,
      `${FILE}: "/c/" redirects to itself`,
      `${FILE}: "d" must be a site path that starts and ends with "/", e.g. "/old/path/"`,
      `${FILE}: "/37249/" is a page the site publishes; a redirect may not replace it`,
      `${FILE}: "/e/" target 42 must be a site path that starts and ends with "/", e.g. "/codes/37249/"`,
    ]);
  });
  it('reports targets that are not pages of the built site', () => {
    const isPage = (p: string) => p === '/codes/37249/';
    expect(missingTargets([{ from: '/a/', to: '/codes/37249/#x' }, { from: '/b/', to: '/gone/' }], isPage, FILE)).toEqual([
      `${FILE}: "/b/" redirects to "/gone/", which is not a page of the built site`,
    ]);
  });
});
