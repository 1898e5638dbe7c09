// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HANDOUT_BOOT_HASH, HANDOUT_BOOT_SCRIPT, handoutBootData } from '../../../src/handout/boot-script';
import { handoutSource } from '../../../src/browser/handout/code-sections';
import { DEFAULT_HANDOUT_SECTIONS, HANDOUT_SECTIONS } from '../../../src/code-page/sections';
import { CURRENT_EDITION, readHandout, type HandoutChoices } from '../../../src/shared/handout';
import { keptDifferencesUrl } from '../../../src/shared/urls';
import type { EditionDifferenceSets } from '../../../src/shared/edition-differences';
import { EARLY_FETCHES, type TextResponse } from '../../../src/shared/early-fetches';

/** Runs the boot script as the handout page would at `search`, and returns the addresses it fetches, in order. */
function boot(search: string, keptYears: readonly number[], run = (script: string) => new Function(script)()): string[] {
  history.replaceState(null, '', `/handout/${search}`);
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(handoutBootData(keptYears))) script.setAttribute(name, value);
  document.head.append(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  const fetches: [string, RequestInit | undefined][] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => (fetches.push([url, init]), Promise.resolve(new Response(`{"from":"${url}"}`))));
  run(HANDOUT_BOOT_SCRIPT);
  expect(fetches.every(([, init]) => init?.priority === 'low')).toBe(true);
  const urls = fetches.map(([url]) => url);
  // Each fetch is left for the handout under its address.
  expect(Object.keys(early())).toEqual(urls);
  return urls;
}

const early = () => (globalThis as unknown as Record<string, Record<string, Promise<TextResponse>>>)[EARLY_FETCHES]!;

/**
 * What the handout itself fetches for the same address (src/browser/handout/): for a kept edition,
 * its list of pages of their own first, then each code's source given that list (`own`).
 */
function fetched(search: string, keptYears: readonly number[], differences: EditionDifferenceSets = { own: new Set(), lacks: new Set(), addedIndex: false }): string[] {
  const choices: HandoutChoices = { sections: HANDOUT_SECTIONS.map((section) => section.id), defaultSections: DEFAULT_HANDOUT_SECTIONS, editions: keptYears };
  const { handout } = readHandout(search, choices);
  const list = handout.edition === CURRENT_EDITION ? [] : [keptDifferencesUrl(handout.edition)];
  return [...list, ...handout.codes.flatMap((code) => handoutSource(handout, code, choices.defaultSections, differences)?.url ?? [])];
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  delete (globalThis as Record<string, unknown>)[EARLY_FETCHES];
});

describe('the handout boot script', () => {
  it.each([
    ['the newest kept edition by default', '?codes=37249,37248', [2025, 2026]],
    ['a kept edition the address names', '?codes=37249&edition=2025', [2025, 2026]],
    ['the live pages when asked', '?codes=37249,0075t&edition=current', [2025, 2026]],
    ['the live pages when no edition is kept', '?codes=37249', []],
    ['the default edition for one that is not kept', '?codes=37249&edition=1999', [2026]],
    ['each code once, without the malformed ones, in order', '?codes= 37248 ,37249,37248,3724,abc', [2026]],
    ['the lead parts for the default sections', '?codes=37249,37248&edition=current', [2026]],
    ['the lead parts for some of the default sections, unknown ones left out', '?codes=37249&sections= overview,bogus&edition=current', []],
    ['the lead parts when no section named is offered', '?codes=37249&sections=bogus,&edition=current', []],
    ['the export for a section beyond the defaults', '?codes=37249&sections=overview,modifiers&edition=current', []],
    ['the export for the reporting examples', '?codes=37249&sections=reporting-examples', []],
    ['at most as many codes as a handout holds', `?codes=${Array.from({ length: 60 }, (_, i) => 10000 + i).join(',')}`, []],
  ])('fetches early exactly what the handout fetches: %s', (_, search, kept) => {
    const started = boot(search, kept);
    expect(started.length).toBeGreaterThan(0);
    expect(started).toEqual(fetched(search, kept));
  });

  it("reads a kept edition's page of its own from the pinned page, which it cannot fetch before the list is in, and nothing for a code it lacks", () => {
    const differences = { own: new Set(['37248']), lacks: new Set(['37253']), addedIndex: false };
    const search = '?codes=37249,37248,37253&edition=2025';
    expect(boot(search, [2025, 2026])).toEqual(['/editions/2025/differences.json', '/api/handout/37249.json', '/api/handout/37248.json', '/api/handout/37253.json']);
    expect(fetched(search, [2025, 2026], differences)).toEqual(['/editions/2025/differences.json', '/api/handout/37249.json', '/editions/2025/codes/37248/']);
  });

  it('reads the lead parts for the default sections and the export for any other', () => {
    expect(boot('?codes=37249', [])).toEqual(['/api/handout/37249.json']);
    expect(boot('?codes=37249&sections=quick-facts,clinical-scenario', [])).toEqual(['/api/codes/37249.json']);
  });

  it('leaves each response read in full, with its status, and a failed fetch handled', async () => {
    expect(boot('?codes=37249&edition=current', [])).toEqual(['/api/handout/37249.json']);
    await expect(early()['/api/handout/37249.json']).resolves.toEqual({ ok: true, status: 200, text: '{"from":"/api/handout/37249.json"}' });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    new Function(HANDOUT_BOOT_SCRIPT)();
    // Nothing has taken it yet: no error in the console for a fetch the handout will try again.
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(early()['/api/handout/37249.json']).rejects.toThrow('offline');
  });

  it('leaves no name behind in the page but the fetches it leaves for the handout', () => {
    const before = new Set(Object.keys(globalThis));
    boot('?codes=37249', [], (script) => (0, eval)(script));
    expect(Object.keys(globalThis).filter((name) => !before.has(name))).toEqual([EARLY_FETCHES]);
  });

  it('leaves an address that extends a remembered handout to the handout', () => {
    expect(boot('?codes=37249&add=37248', [2026])).toEqual([]);
  });

  it('is allowed by the hash the page policy carries', () => {
    expect(HANDOUT_BOOT_HASH).toBe(`sha256-${createHash('sha256').update(HANDOUT_BOOT_SCRIPT).digest('base64')}`);
  });
});
