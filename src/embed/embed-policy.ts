/**
 * Who may frame the embed cards, and the snippet a trainer pastes into a course page. Pure: the
 * headers step (src/hosting/security-headers.ts) and the code page's "Embed" button both read it.
 */
import { ANY_ORIGIN, type SiteConfig } from '../site/config-schema';

/** frame-ancestors sources for embed_origins: any site, or exactly the listed origins. */
export function embedFrameAncestors(origins: SiteConfig['embed_origins']): string[] {
  return origins === ANY_ORIGIN ? [ANY_ORIGIN] : origins.map((origin) => new URL(origin).origin);
}

/** Tall enough for a card with a two-line title, an add-on line and a four-line lead at 20rem wide. */
export const EMBED_HEIGHT = 300;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The <iframe> a course page embeds a card with; its title names the card for screen readers. */
export function embedSnippet({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="560" height="${EMBED_HEIGHT}" loading="lazy"></iframe>`;
}
