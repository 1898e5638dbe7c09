import { describe, expect, it } from 'vitest';
import { shortLinkRules } from '../../../src/hosting/short-links';
import { redirectFor, renderNginxServer } from '../../../src/hosting/host-config';

describe('short_links: prefix-rules, for hosts that apply _redirects before files (Cloudflare Pages)', () => {
  const rules = shortLinkRules('prefix-rules', [2025, 2026]);
  const to = (path: string) => redirectFor(rules, path)?.location ?? null;

  it('forwards a short link and a pinned short link, whatever the code begins with', () => {
    expect(to('/37249/')).toBe('/codes/37249/');
    expect(to('/0001T/')).toBe('/codes/0001T/');
    expect(to('/99213/')).toBe('/codes/99213/');
    expect(to('/2026/37249/')).toBe('/editions/2026/codes/37249/');
    expect(to('/2025/20100/')).toBe('/editions/2025/codes/20100/');
    expect(to('/20260/')).toBe('/codes/20260/');
  });

  it('matches no address the site serves from a file, so none is hidden', () => {
    for (const path of ['/', '/codes/', '/codes/37249/', '/search/', '/404.html', '/editions/2026/codes/37249/', '/qr/372.svg', '/editions/2026/qr/372.svg', '/pagefind/pagefind.js', '/editions/2026/pagefind/pagefind.js', '/editions/2026/pagefind/fragment/en_1a2b3c.pf_fragment', '/api/codes/37249.json', '/embed/37249/', '/changes.atom']) {
      expect(to(path), path).toBeNull();
    }
  });

  it('stays within Cloudflare Pages\' 100 dynamic rules with the most kept editions a site carries', () => {
    expect(shortLinkRules('prefix-rules', [2022, 2023, 2024, 2025, 2026]).length).toBeLessThanOrEqual(100);
  });

  it('becomes nginx rewrites that forward the same way', () => {
    const server = renderNginxServer({ rules: [{ pattern: '/*', headers: [] }], redirects: rules, basePath: '/', root: '/srv', listen: '80' });
    expect(server).toContain('rewrite "^/2026/(.*)/$" "/editions/2026/codes/$1/" permanent;');
    expect(server).toContain('rewrite "^/3(.*)/$" "/codes/3$1/" permanent;');
  });
});

describe('short_links: host-rules, for hosts where a file wins (Netlify, nginx)', () => {
  it('is one placeholder rule for the live pages and one per kept edition', () => {
    const rules = shortLinkRules('host-rules', [2026]);
    expect(rules.map((r) => `${r.from} ${r.to}`)).toEqual(['/:code/ /codes/:code/', '/2026/:code/ /editions/2026/codes/:code/']);
    expect(redirectFor(rules, '/2026/37249/')?.location).toBe('/editions/2026/codes/37249/');
  });
});
