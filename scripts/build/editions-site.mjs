// The third site `npm test` builds and tests: the project's own content plus a kept 2025 edition
// from tests/fixtures/editions-site, made before code files had a history field and worded
// differently from the live pages, so the browser tests see a pinned page whose sections changed;
// and the project's own edition kept again from the live pages, so they see pinned addresses that forward.
export const EDITIONS_SITE = {
  /** Where the project is copied and built (scripts/build/scratch-project.mjs). */
  dir: 'tests/fixtures/.work/editions-site',
  overlay: 'tests/fixtures/editions-site/files',
  outDir: 'tests/fixtures/.work/editions-site/dist',
  /** The kept edition the overlay adds. */
  year: 2025,
  /** The project's kept edition, kept again from the live pages: every code of it reads as live. */
  forwardingYear: 2026,
  forwardingKeptOn: '2026-01-02',
};
