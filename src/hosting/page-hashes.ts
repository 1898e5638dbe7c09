import { createHash } from 'node:crypto';

/**
 * Astro's meta policy lists the same hashes on every page: its own inline scripts and styles, but
 * also those of the island loaders and directives (client:load, client:idle...) that no page of
 * ours uses. Eight hashes of random base64 do not compress: 0.3 KiB gzip of every page. A page
 * keeps the hashes of the inline code it holds, so its policy is stricter and lighter.
 */
const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_CODE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH = /'(sha256|sha384|sha512)-([^']+)'/g;

// Every page holds the same few inline scripts: each is hashed once per build, not once per page.
const digests = new Map<string, string>();
function digest(algorithm: string, text: string): string {
  const key = `${algorithm}\n${text}`;
  let hash = digests.get(key);
  if (hash === undefined) digests.set(key, (hash = createHash(algorithm).update(text, 'utf8').digest('base64')));
  return hash;
}

/** The text of each inline script and style of a page. */
export function inlineCode(html: string): string[] {
  return [...html.matchAll(INLINE_CODE)].filter(([, , attributes]) => !/\bsrc=/i.test(attributes!)).map(([, , , text]) => text!);
}

/** The page with its meta policy's hashes cut to those of its own inline scripts and styles. */
export function keepOwnHashes(html: string): string {
  const meta = META_CSP.exec(html);
  if (!meta) return html;
  const code = inlineCode(html);
  const policy = meta[2]!.replace(HASH, (source, algorithm: string, hash: string) =>
    code.some((text) => digest(algorithm, text) === hash) ? source : '',
  );
  return html.replace(META_CSP, `$1${policy.replace(/ +(?=[;"]|$)/g, '').replace(/  +/g, ' ')}$3`);
}

/**
 * The page with `text`, inline code it holds, allowed by its meta policy's `directive`, by hash: for
 * code a build step puts into a page after Astro has written the page's policy.
 */
export function allowInlineCode(html: string, directive: 'script-src' | 'style-src', text: string): string {
  const meta = META_CSP.exec(html);
  if (!meta) throw new Error('allowInlineCode: the page has no meta content-security-policy');
  const source = `'sha256-${digest('sha256', text)}'`;
  const parts = meta[2]!.split(';');
  const at = parts.findIndex((part) => part.trim().split(/\s+/)[0] === directive);
  if (at < 0) throw new Error(`allowInlineCode: the page's policy has no ${directive}`);
  if (!parts[at]!.trim().split(/\s+/).includes(source)) parts[at] = `${parts[at]!.trimEnd()} ${source}`;
  return html.replace(META_CSP, `$1${parts.join(';')}$3`);
}
