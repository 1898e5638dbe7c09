import { expect } from 'vitest';
import type { EngineDriver, EngineLimits, EngineName } from './driver';
import { contentCodes } from '../support/content';

/** What every cross-engine test gets: the engine's session, this site's addresses, and the engine's name and limits. */
export interface SuiteContext {
  driver: () => EngineDriver;
  /** The address of a route (built with the src/shared/urls.ts helpers) on the site under test. */
  at: (route: () => string) => string;
  engine: EngineName;
  limits: EngineLimits;
}

const codes = contentCodes();
export const first = codes[0]!;
/** A word a reader would search for: the longest word of a code's title. */
export const titleWord = first.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();
export const family = first.family;
export const inFamily = codes.filter((c) => c.family === family).map((c) => c.code);
/** A section of every code page, to link to. */
export const SECTION = 'modifiers';

export const SUGGESTIONS = '#site-search-suggestions';
export const OPTIONS = `${SUGGESTIONS} [role="option"]`;

/** What the reader sees go wrong on the page shown; WebKit's driver sees it only from after the load. */
export async function expectNoProblems(driver: EngineDriver, limits: EngineLimits, page: string) {
  const seen = await driver.problems();
  const scope = limits.seesLoadErrors ? 'while loading or since' : 'since the load (this engine\'s WebDriver cannot watch a page load)';
  expect(seen, `${driver.engine}: errors or CSP violations on ${page} ${scope}`).toEqual([]);
}

/** Types a code into the header box and presses Enter, `pauseMs` later (0: at once, before the box is ready). */
export async function enterCode(driver: EngineDriver, code: string, pauseMs: number) {
  await driver.type('#site-search', code);
  if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  await driver.press('Enter');
}
