/**
 * The card sheet: one page Astro renders with every embed card in it (src/pages/embed/card-sheet.astro),
 * each card in a <template> with its own <title>, inside the frame of src/layouts/Embed.astro whose
 * <title> holds EMBED_TITLE_SLOT. Cutting it gives each card's page: the frame, with the card's
 * title and the card. Markup, stylesheet and Content-Security-Policy all stay Astro's.
 */
import type { CodeView } from '../code-page/code-view';

export const CARD_ATTRIBUTE = 'data-embed-card-for';
export const EMBED_TITLE_SLOT = '__EMBED_TITLE__';

/** The card page's title, before pageTitle() adds the site's name. */
export function embedTitle(view: Pick<CodeView, 'code' | 'title'>): string {
  return `CPT ${view.code}: ${view.title}`;
}

export interface EmbedCardPage {
  code: string;
  html: string;
}

const OPEN = `<template ${CARD_ATTRIBUTE}="`;
const CLOSE = '</template>';
const ENTRY = new RegExp(`${OPEN}([^"]+)"><title>([\\s\\S]*?)</title>([\\s\\S]*?)${CLOSE}`, 'g');
const SLOT_TITLE = new RegExp(`<title>[^<]*${EMBED_TITLE_SLOT}[^<]*</title>`, 'g');

/** One page per card of the sheet; throws if the sheet is not shaped as card-sheet.astro renders it. */
export function cutCardSheet(sheet: string): EmbedCardPage[] {
  const start = sheet.indexOf(OPEN);
  const end = sheet.lastIndexOf(CLOSE) + CLOSE.length;
  if (start < 0) throw new Error(`embed card sheet: no card (${OPEN}…) found`);
  const body = sheet.slice(start, end);
  if (body.replace(ENTRY, '').trim() !== '') throw new Error('embed card sheet: markup between the cards that is not a card');
  const frame = sheet.slice(0, start);
  const slots = frame.match(SLOT_TITLE) ?? [];
  if (slots.length !== 1) throw new Error(`embed card sheet: the frame must hold one <title> with ${EMBED_TITLE_SLOT}, found ${slots.length}`);
  // Split, not replace(): a title may contain "$&", which replace() would expand.
  const [before, after] = frame.split(slots[0]!) as [string, string];
  const tail = sheet.slice(end);
  return [...body.matchAll(ENTRY)].map(([, code, title, card]) => ({
    code: code!,
    html: `${before}<title>${title}</title>${after}${card}${tail}`,
  }));
}
