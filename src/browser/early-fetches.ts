/**
 * The handout's sources as text, taking what the page's boot script already fetched. Its fetches
 * are read in full before the handout's modules have arrived, so the codes are shown in the task
 * that runs those modules: taking them from `<link rel=preload>` cost a task per code, with a
 * layout of the page between, after the last module was in (BENCHMARKS.md, round 12).
 */
import { EARLY_FETCHES, type TextResponse } from '../shared/early-fetches';

type EarlyFetches = Partial<Record<string, Promise<TextResponse>>>;

async function fetchAnew(url: string): Promise<TextResponse> {
  const response = await fetch(url);
  return { ok: response.ok, status: response.status, text: await response.text() };
}

/**
 * `url` read in full: the boot script's fetch of it when it started one (taken, so a later call
 * fetches anew), else a fetch of its own; a boot fetch that failed is tried once more.
 */
export function fetchText(url: string): Promise<TextResponse> {
  const early = (globalThis as { [EARLY_FETCHES]?: EarlyFetches })[EARLY_FETCHES];
  const started = early?.[url];
  if (!started) return fetchAnew(url);
  delete early![url];
  return started.catch(() => fetchAnew(url));
}
