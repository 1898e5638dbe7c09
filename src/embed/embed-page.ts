import { embedsUrl } from '../shared/urls';

/** An embed card: noindex, and left out of the sitemap, so search engines send readers to the code page. */
export function isEmbedPage(url: string): boolean {
  return new URL(url).pathname.startsWith(embedsUrl());
}
