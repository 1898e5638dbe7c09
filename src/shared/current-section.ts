/** A section heading's top edge, in viewport pixels (negative once scrolled past). */
export interface HeadingPosition {
  id: string;
  top: number;
}

export interface ViewportState {
  height: number;
  /** Scrolled to the end: the last, short sections can rise no further. */
  atBottom: boolean;
  /** The section id in the address's #fragment, if any. */
  hash: string;
}

/**
 * The section being read: the last heading that has risen past the reading line, a third of the way
 * down the window (where eyes rest, so a heading counts once its section fills the view). At the
 * end of the page a followed #anchor wins while its heading is in view: short closing sections
 * never reach the line, and the reader asked for that one. Undefined above the first heading.
 */
export function currentSection(headings: readonly HeadingPosition[], viewport: ViewportState): string | undefined {
  if (viewport.atBottom) {
    const target = headings.find((h) => h.id === viewport.hash);
    if (target && target.top >= 0 && target.top < viewport.height) return target.id;
  }
  const readingLine = viewport.height / 3;
  return headings.filter((h) => h.top <= readingLine).at(-1)?.id;
}
