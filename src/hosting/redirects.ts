/**
 * Published URLs never 404: a short link or a retired path is served as a static page that
 * forwards to a live page. These rules keep the table honest before anything is built.
 */
export interface Redirect {
  from: string;
  to: string;
}

// Site paths as the site writes them: absolute, lower-level segments, trailing slash (trailingSlash: 'always').
const SITE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)+$/;

/**
 * Reads the redirect table (old path → new path) and lists what is wrong with it. `reserved` are
 * paths the site already publishes as pages or short links, which a redirect may not take over.
 */
export function readRedirectTable(
  raw: unknown,
  file: string,
  reserved: ReadonlySet<string>,
): { redirects: Redirect[]; errors: string[] } {
  const errors: string[] = [];
  if (raw === null || raw === undefined) return { redirects: [], errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { redirects: [], errors: [`${file}: must be a map of old path to new path, e.g. "/old/path/": /codes/37249/`] };
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  const sources = new Set(entries.map(([from]) => from));
  const redirects: Redirect[] = [];
  for (const [from, to] of entries) {
    const at = (problem: string) => errors.push(`${file}: "${from}" ${problem}`);
    if (!SITE_PATH.test(from)) at('must be a site path that starts and ends with "/", e.g. "/old/path/"');
    else if (reserved.has(from)) at('is a page the site publishes; a redirect may not replace it');
    if (typeof to !== 'string' || !SITE_PATH.test(to.split('#')[0]!)) {
      at(`target ${JSON.stringify(to)} must be a site path that starts and ends with "/", e.g. "/codes/37249/"`);
      continue;
    }
    if (to === from) at('redirects to itself');
    else if (sources.has(to)) at(`redirects to "${to}", which is itself redirected; point it at the final page instead`);
    redirects.push({ from, to });
  }
  return { redirects, errors };
}

/** Targets must be real pages in the built site; `isPage` answers for a site path. */
export function missingTargets(redirects: readonly Redirect[], isPage: (path: string) => boolean, file: string): string[] {
  return redirects
    .filter((r) => !isPage(r.to.split('#')[0]!))
    .map((r) => `${file}: "${r.from}" redirects to "${r.to}", which is not a page of the built site`);
}
