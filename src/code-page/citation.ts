import { isoDate } from '../shared/dates';

export interface CitationParts {
  code: string;
  title: string;
  /** The site's name (site.config.yaml). */
  siteName: string;
  url: string;
  lastReviewed: Date;
  /** For a pinned page: the kept edition it shows. */
  edition?: { year: number; keptOn: Date } | undefined;
}

/** Plain text for a handout: survives pasting into slides, learning systems and email alike. */
export function citationText({ code, title, siteName, url, lastReviewed, edition }: CitationParts): string {
  // Names the site's pinned copy, so it does not read as a citation of the AMA's CPT book itself.
  const source = edition ? `${siteName}, pinned copy for the CPT ${edition.year} code set (kept ${isoDate(edition.keptOn)})` : siteName;
  return `CPT ${code}: ${title}. ${source}. ${url} (last reviewed ${isoDate(lastReviewed)}).`;
}

/** A page offered for a handout: its citation parts, its published address and its public path. */
export interface ShareTarget extends Omit<CitationParts, 'siteName'> {
  /** Its public path, for a plain link beside the copy buttons. */
  href: string;
}
