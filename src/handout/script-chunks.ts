/**
 * How the handout page's own script is bundled (a Rolldown `codeSplitting` group, beside the code
 * page's in src/code-page/script-chunks.ts). On a slow line the browser shares the line evenly
 * between the requests in flight, so the larger a file, the later it arrives among the codes'
 * sources. Bundled whole, the handout's script (4.7 KiB gzip) arrived with the last of the codes'
 * exports; split in two (about 2.7 KiB each), both halves arrive sooner among the codes' sources,
 * which are read before them (src/browser/early-fetches.ts). The group takes what reading and showing a code needs; the
 * builder's controls stay in the page's entry.
 * A group also takes what its modules import, and a page importing any module of a chunk runs the
 * whole chunk: the helpers the compare and practice pages share with the handout (element(), the
 * address lists) and what a handout shares with a kept edition's search (how an edition differs
 * from the live pages) go first to the site-urls chunk (src/code-page/script-chunks.ts), so those
 * pages never run the handout's sheet code.
 */
import type { CodeSplittingGroup } from 'rolldown';

const capturing = (paths: readonly string[]) => (id: string) => paths.some((path) => id.endsWith(path));

const READING_A_CODE = ['/src/shared/handout.ts', '/src/browser/handout/code-sections.ts', '/src/browser/handout/handout-sheet.ts', '/src/browser/handout/way-back.ts', '/src/browser/handout/handout-problems.ts'];

export const HANDOUT_SCRIPT_CHUNKS: CodeSplittingGroup[] = [{ name: 'handout-sheet', priority: 1, test: capturing(READING_A_CODE) }];
