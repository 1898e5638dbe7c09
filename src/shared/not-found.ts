import { normalizeCode } from './codes';

/**
 * The code a missing path seems to be about: "/codes/37249", "/cpt-37249.html" and "/0075t" all give one.
 * Looks at the last path segment only, so "/codes/families/…" is not mistaken for a code.
 */
export function codeInPath(pathname: string): string | null {
  let last: string;
  try {
    last = decodeURIComponent(pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    return null;
  }
  const stem = last.replace(/\.(?:html?|php|aspx?)$/i, '').replace(/[-_]+/g, ' ');
  const direct = normalizeCode(stem);
  if (direct) return direct;
  const match = /(?:^|\D)(\d{4}[0-9A-Za-z])(?![0-9A-Za-z])/.exec(stem);
  return match ? normalizeCode(match[1]!) : null;
}
