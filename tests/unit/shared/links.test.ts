import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/code-page/citation';
import { codeInPath } from '../../../src/shared/not-found';
import { missingTargets, readRedirectTable } from '../../../src/hosting/redirects';
import { jsonForScript, medicalCodeJsonLd } from '../../../src/code-page/structured-data';
import { absoluteUrl, shortCodeUrl } from '../../../src/shared/urls';

const FILE = 'content/redirects.yaml';

describe('urls', () => {
  it('builds short links and absolute URLs on the canonical origin', () => {
    expect(shortCodeUrl('37249')).toBe('/37249/');
    expect(absoluteUrl('/codes/37249/#overview', 'https://example.org')).toBe('https://example.org/codes/37249/#overview');
  });
});

describe('readRedirectTable', () => {
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

describe('codeInPath', () => {
  it.each([
    ['/codes/37249/', '37249'],
    ['/cpt-37249.html', '37249'],
    ['/0075t', '0075T'],
    ['/codes/families/venous-angioplasty/', null],
    ['/372490/', null],
    ['/%E0%A4%A/', null],
  ])('%s → %s', (path, expected) => expect(codeInPath(path)).toBe(expected));
});

describe('citation and structured data', () => {
  const parts = { code: '37249', title: 'A title', url: 'https://x.test/codes/37249/', lastReviewed: new Date('2026-03-01') };
  it('writes a plain-text citation with the review date', () => {
    expect(citationText({ ...parts, siteName: 'Example Health CPT' })).toBe('CPT 37249: A title. Example Health CPT. https://x.test/codes/37249/ (last reviewed 2026-03-01).');
  });
  it('describes the code as a schema.org MedicalCode and escapes "<" for a script block', () => {
    expect(medicalCodeJsonLd({ ...parts, description: 'd' })).toMatchObject({ '@type': 'MedicalCode', codeValue: '37249', codingSystem: 'CPT' });
    expect(jsonForScript({ t: '</script>' })).toBe('{"t":"\\u003c/script>"}');
  });
});
