/**
 * The site's Content-Security-Policy, defined once. Astro renders it as a <meta> on every page
 * (adding hashes of its own inline scripts and styles); the headers integration sends the same
 * policy as an HTTP header, so the two cannot drift apart.
 */

/** script-src: our own files, plus the WebAssembly compile Pagefind's search needs (no JS eval). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive. `data:` images only because Pagefind's UI stylesheet draws icons with them. */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Who may frame a page: nobody, except for the embed pages (embed_origins in site.config.yaml).
 * Browsers ignore frame-ancestors in a <meta> (and log an error), so it lives in the header only.
 */
export const NO_FRAMING = ["'none'"] as const;

/** Parses a policy into directive name -> sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * The header policy for a set of pages: our directives, plus every inline-script and inline-style
 * hash any page's meta policy allows. A browser enforces both policies, so each page is still held
 * to its own meta hashes; the header only has to let them through.
 */
export function headerPolicy(metaPolicies: readonly string[], frameAncestors: readonly string[] = NO_FRAMING): string {
  const hashes = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const meta of metaPolicies) {
    const parsed = parsePolicy(meta);
    for (const name of ['script-src', 'style-src'] as const) {
      for (const source of parsed.get(name) ?? []) if (isHash(source)) hashes[name].add(source);
    }
  }
  return [
    ...OTHER_DIRECTIVES,
    ['script-src', ...SCRIPT_SOURCES, ...[...hashes['script-src']].sort()].join(' '),
    ['style-src', ...STYLE_SOURCES, ...[...hashes['style-src']].sort()].join(' '),
    ['frame-ancestors', ...frameAncestors].join(' '),
  ].join('; ');
}

/**
 * Problems that would make a policy unsafe or break search: anything that re-enables inline code
 * or eval, or a missing WebAssembly allowance.
 */
export function policyProblems(policy: string): string[] {
  const problems: string[] = [];
  const parsed = parsePolicy(policy);
  for (const [name, sources] of parsed) {
    // Who may frame a page decides nothing about what runs in it: embed pages may allow any site.
    if (name === 'frame-ancestors') continue;
    for (const banned of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
      if (sources.includes(banned)) problems.push(`${name} allows ${banned}`);
    }
  }
  if (!parsed.get('script-src')?.includes("'wasm-unsafe-eval'")) {
    problems.push("script-src lacks 'wasm-unsafe-eval', which Pagefind needs to run its index");
  }
  if (parsed.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}
