/**
 * The handout's own script, made `async` in the built page. A deferred module script (what Astro
 * writes) waits for every stylesheet before it runs; on a slow line the site's stylesheet shares
 * the line with the codes' exports and arrives with the last of them, so every code was parsed and
 * shown only after the last byte. Async, the script runs as soon as its modules are in and shows
 * each code as its export arrives; the page still paints only with its stylesheet. The script sits
 * after the sheet it fills in (src/pages/handout.astro), so everything it touches is parsed first.
 */

/** Where the handout's sheet ends in the built page (src/components/handout/HandoutSheet.astro). */
const SHEET_MARKER = 'data-handout-codes-shown';
const DEFERRED_MODULE = /<script type="module" src="[^"]*"(?=>)/g;

/** `html` with every module script after the handout's sheet made async. */
export function withEarlyScripts(html: string): string {
  const sheet = html.indexOf(SHEET_MARKER);
  if (sheet < 0) throw new Error(`withEarlyScripts: the page has no ${SHEET_MARKER}`);
  const after = html.slice(sheet);
  const early = after.replace(DEFERRED_MODULE, (tag) => `${tag} async`);
  if (early === after) throw new Error('withEarlyScripts: no module script follows the handout sheet');
  return html.slice(0, sheet) + early;
}
