import type { RenderedBody } from './render-body';

/**
 * How a rendered body is kept in a code entry's `rendered` (Astro's content store), and read back
 * by the pages, the search words and anything else that shows a body: its sections, already
 * split and with glossary terms linked, so no page parses a body's HTML again. Only the sections
 * are kept, not the whole HTML too: the store is held in memory while the pages are generated, so every byte costs memory.
 */
const KEY = 'body';

/**
 * Part of the loader's fingerprint: the glob loader skips files that did not change, so a store
 * kept from a build before the stored shape changed must be started afresh. Change it with the shape.
 */
export const STORED_SHAPE = 'sections-2';

export function storedBody(body: RenderedBody): { html: string; metadata: Record<string, unknown> } {
  return { html: '', metadata: { [KEY]: body } };
}

export function renderedBody(rendered: { metadata?: Record<string, unknown> | undefined } | undefined): RenderedBody | undefined {
  return rendered?.metadata?.[KEY] as RenderedBody | undefined;
}

/** The body's HTML in page order, in parts: the intro, then each section's heading and content. */
export function bodyHtmlParts(body: RenderedBody): string[] {
  return [body.intro, ...body.sections.flatMap((s) => [s.heading, s.html])];
}
