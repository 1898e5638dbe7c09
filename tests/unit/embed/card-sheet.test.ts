import { describe, expect, it } from 'vitest';
import { CARD_ATTRIBUTE, EMBED_TITLE_SLOT, cutCardSheet, embedTitle } from '../../../src/embed/card-sheet';

const card = (code: string, title: string, body: string) => `<template ${CARD_ATTRIBUTE}="${code}"><title>${title}</title><article>${body}</article></template>`;
const sheet = (cards: string, head = `<title>${EMBED_TITLE_SLOT} | Site</title>`) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<link rel="stylesheet" href="/a.css"></head><body><main>${cards}</main></body></html>`;

describe('cutCardSheet', () => {
  it('gives each card its own page: the frame, with the card title in place of the slot and the card in <main>', () => {
    const pages = cutCardSheet(sheet(card('37248', 'CPT 37248 | Site', 'first') + card('37249', 'Pay $&amp; more | Site', 'second')));
    expect(pages).toEqual([
      { code: '37248', html: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>CPT 37248 | Site</title><link rel="stylesheet" href="/a.css"></head><body><main><article>first</article></main></body></html>' },
      { code: '37249', html: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pay $&amp; more | Site</title><link rel="stylesheet" href="/a.css"></head><body><main><article>second</article></main></body></html>' },
    ]);
  });

  it('refuses a sheet it cannot cut exactly', () => {
    expect(() => cutCardSheet(sheet(''))).toThrow('no card');
    expect(() => cutCardSheet(sheet(`${card('37248', 't', 'a')}<p>stray</p>${card('37249', 't', 'b')}`))).toThrow('markup between the cards');
    expect(() => cutCardSheet(sheet(card('37248', 't', 'a'), '<title>Card</title>'))).toThrow('found 0');
  });
});

describe('embedTitle', () => {
  it('names the code and its title', () => {
    expect(embedTitle({ code: '37249', title: 'Balloon angioplasty' })).toBe('CPT 37249: Balloon angioplasty');
  });
});
