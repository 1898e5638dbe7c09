import { isoDate } from './dates';

export interface CitationParts {
  code: string;
  title: string;
  /** The site's name (site.config.yaml). */
  siteName: string;
  url: string;
  lastReviewed: Date;
}

/** Plain text for a handout: survives pasting into slides, learning systems and email alike. */
export function citationText({ code, title, siteName, url, lastReviewed }: CitationParts): string {
  return `CPT ${code}: ${title}. ${siteName}. ${url} (last reviewed ${isoDate(lastReviewed)}).`;
}
