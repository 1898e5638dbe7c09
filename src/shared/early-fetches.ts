/**
 * The handout page's boot script (src/handout/boot-script.ts) starts the fetches of the codes'
 * sources while <head> is parsed, and leaves each for the handout's modules under this global
 * name, by address: a promise of the response read in full.
 */
export const EARLY_FETCHES = '__cptEarlyFetches';

/** A response read in full: what the boot script leaves, and what a fetch of the handout's own gives. */
export interface TextResponse {
  ok: boolean;
  status: number;
  text: string;
}
