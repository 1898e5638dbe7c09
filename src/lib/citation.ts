import { isoDate } from './dates';

export interface CitationParts {
  code: string;
  title: string;
  url: string;
  lastReviewed: Date;
}

/** Plain text for a handout: survives pasting into slides, learning systems and email alike. */
export function citationText({ code, title, url, lastReviewed }: CitationParts): string {
  return `CPT ${code}: ${title}. CPT Reference. ${url} (last reviewed ${isoDate(lastReviewed)}).`;
}
