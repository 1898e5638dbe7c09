import { describe, expect, it } from 'vitest';
import { headerPolicy, parsePolicy, policyProblems } from '../../../src/hosting/csp';

const meta = (scriptHash: string, styleHash: string) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${scriptHash}'; style-src 'self' '${styleHash}';`;

describe('the site policy', () => {
  const policy = headerPolicy([meta('sha256-a', 'sha256-s'), meta('sha256-b', 'sha256-s')]);
  const parsed = parsePolicy(policy);

  it('lets Pagefind compile WebAssembly but allows no inline code or eval', () => {
    expect(parsed.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policyProblems(policy)).toEqual([]);
  });

  it('carries every page hash once, so each page passes both its meta and the header', () => {
    expect(parsed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(parsed.get('style-src')).toEqual(["'self'", "'sha256-s'"]);
  });

  it('forbids framing and plugins, and limits workers and fetches to the site', () => {
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('worker-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('the embed cards\' policy', () => {
  it('differs from the site policy only in who may frame, and any site may without making it unsafe', () => {
    const metas = [meta('sha256-a', 'sha256-s')];
    const embed = parsePolicy(headerPolicy(metas, ['*']));
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    embed.delete('frame-ancestors');
    const site = parsePolicy(headerPolicy(metas));
    site.delete('frame-ancestors');
    expect(embed).toEqual(site);
    expect(policyProblems(headerPolicy(metas, ['*']))).toEqual([]);
  });
});

describe('policyProblems', () => {
  it.each([
    ["script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'; object-src 'none'", "script-src allows 'unsafe-inline'"],
    ["script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; object-src 'none'", "script-src allows 'unsafe-eval'"],
    ["script-src 'self'; object-src 'none'", "script-src lacks 'wasm-unsafe-eval'"],
    ["script-src 'self' 'wasm-unsafe-eval'; img-src *", 'img-src allows *'],
    ["script-src 'self' 'wasm-unsafe-eval'", "object-src is not 'none'"],
  ])('flags %j', (policy, problem) => {
    expect(policyProblems(policy).join('\n')).toContain(problem);
  });
});
