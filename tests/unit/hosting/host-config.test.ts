import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE,
  REVALIDATE,
  headerRules,
  headersFor,
  parseHeadersFile,
  parseRedirectsFile,
  redirectFor,
  renderHeadersFile,
  renderNginxServer,
  renderRedirectsFile,
} from '../../../src/hosting/host-config';

const POLICY = "default-src 'self'; frame-ancestors 'none'";

describe.each(['/', '/coding/cpt/'])('host rules under %s', (base) => {
  const rules = headerRules(base, POLICY);

  it('round-trips through _headers', () => {
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it('caches hashed files for good and makes everything else revalidate', () => {
    expect(headersFor(rules, `${base}_astro/Base.Cy245yVl.css`).get('Cache-Control')).toBe(IMMUTABLE);
    expect(headersFor(rules, `${base}pagefind/fragment/en_1a2b.pf_fragment`).get('Cache-Control')).toBe(IMMUTABLE);
    for (const path of [`${base}codes/37249/`, `${base}search/codes/37.json`, `${base}pagefind/pagefind.js`, `${base}pagefind/pagefind-entry.json`]) {
      expect(headersFor(rules, path).get('Cache-Control'), path).toBe(REVALIDATE);
      expect(headersFor(rules, path).get('Content-Security-Policy'), path).toBe(POLICY);
    }
  });

  it('gives nginx the same headers in every location, and the 404 page under the base path', () => {
    const conf = renderNginxServer({ rules, basePath: base, root: '/var/www', listen: '8080' });
    expect(conf).toContain(`error_page 404 ${base}404.html;`);
    expect(conf).toContain(`location ^~ "${base}_astro/" {`);
    const locations = conf.split('location ').slice(1);
    expect(locations).toHaveLength(rules.length);
    for (const block of locations) expect(block).toContain(`add_header Content-Security-Policy "${POLICY}" always;`);
    expect(locations[0]).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
    expect(locations[1]).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
  });
});

describe('embed cards, the only pages other sites may frame', () => {
  const EMBED_POLICY = "default-src 'self'; frame-ancestors https://lms.example.edu";
  const rules = headerRules('/', POLICY, { pattern: '/embed/*', policy: EMBED_POLICY });

  it('get their own policy from every server, and every other page keeps the site-wide one', () => {
    expect(headersFor(rules, '/embed/37249/').get('Content-Security-Policy')).toBe(EMBED_POLICY);
    expect(headersFor(rules, '/embed/37249/').get('Cache-Control')).toBe(REVALIDATE);
    expect(headersFor(rules, '/codes/37249/').get('Content-Security-Policy')).toBe(POLICY);
    const conf = renderNginxServer({ rules, basePath: '/', root: '/var/www', listen: '8080' });
    const embed = conf.split('location ').find((block) => block.startsWith('^~ "/embed/"'))!;
    // One policy header: two would both be enforced, and 'none' would win.
    expect(embed.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(embed).toContain(`add_header Content-Security-Policy "${EMBED_POLICY}" always;`);
    expect(embed).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
  });

  it('detach the site-wide policy in _headers, which Cloudflare Pages would otherwise join to theirs', () => {
    const file = renderHeadersFile(rules);
    expect(file).toContain('/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
    expect(parseHeadersFile(file)).toEqual(rules);
    const withoutDetach = rules.map(({ detach: _, ...rule }) => rule);
    expect(headersFor(withoutDetach, '/embed/37249/').get('Content-Security-Policy')).toBe(`${POLICY}, ${EMBED_POLICY}`);
  });

  it("read by Netlify's own parser: no error, and the embed cards' policy is the one served", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'netlify-headers-'));
    writeFileSync(join(folder, '_headers'), renderHeadersFile(rules));
    const { headers, errors } = await parseAllHeaders({ headersFiles: [join(folder, '_headers')], configHeaders: [], minimal: false });
    expect(errors).toEqual([]);
    // As Netlify's CLI serves them: every matching rule in order, a later value replacing an earlier one.
    const served = (path: string) => Object.assign({}, ...(headers as Header[]).filter((h) => h.forRegExp.test(path)).map((h) => h.values));
    expect(served('/embed/37249/')['Content-Security-Policy']).toBe(EMBED_POLICY);
    expect(served('/codes/37249/')['Content-Security-Policy']).toBe(POLICY);
  });
});

it('refuses a rule nginx could not express as a folder', () => {
  const rules = [...headerRules('/', POLICY), { pattern: '/pagefind/*.pf_meta', headers: [['Cache-Control', IMMUTABLE]] as [string, string][] }];
  expect(() => renderNginxServer({ rules, basePath: '/', root: '/var/www', listen: '8080' })).toThrow('is not a folder pattern');
});

describe('short links as a host rule', () => {
  const rule = { from: '/coding/cpt/:code/', to: '/coding/cpt/codes/:code/', status: 301 };
  it('round-trips through _redirects and forwards a code, keeping nothing else', () => {
    expect(parseRedirectsFile(renderRedirectsFile([rule]))).toEqual([rule]);
    expect(redirectFor([rule], '/coding/cpt/37249/')).toEqual({ location: '/coding/cpt/codes/37249/', status: 301 });
    expect(redirectFor([rule], '/coding/cpt/codes/37249/')).toBeNull();
    expect(redirectFor([rule], '/37249/')).toBeNull();
  });
  it('gives nginx the rule only where no file exists', () => {
    const conf = renderNginxServer({ rules: headerRules('/coding/cpt/', POLICY), redirects: [rule], basePath: '/coding/cpt/', root: '/var/www', listen: '8080' });
    expect(conf).toContain('try_files $uri $uri/ @redirects;');
    expect(conf).toContain('location @redirects {\n    rewrite "^/coding/cpt/([^/]+)/$" "/coding/cpt/codes/$1/" permanent;\n    return 404;');
  });
});
