// The ports the browser tests and the fixture tests serve on. One base, E2E_PORT (default 4399), so
// several checkouts can run their tests side by side by giving each its own; each offset is used once.
const base = Number(process.env.E2E_PORT ?? 4399);

/** `npm run serve` of dist/, the site at "/". */
export const SITE_PORT = base;
/** The sub-path build, dist-subpath/. */
export const SUBPATH_PORT = base + 1;
/** dist/ behind nginx. */
export const NGINX_PORT = base + 2;
/** The fixture test of short-link rules (tests/fixtures/short-link-prefix-rules.test.ts). */
export const SHORT_LINK_RULES_PORT = base + 3;
/** The build with a kept edition (npm run build:editions-site). */
export const EDITIONS_PORT = base + 4;
/** A course page on a second origin that frames the embed cards (tests/e2e/embed.spec.ts). */
export const COURSE_PAGE_PORT = base + 5;
/** `astro dev`, for what an editor sees (tests/e2e/dev-hint.spec.ts). */
export const DEV_HINT_PORT = base - 2;
