/**
 * The handout as read and printed: a header with the title, edition and note, then each code with
 * its code and title, the way back to the site (QR code and printed address), and the chosen
 * sections under the headings the builder names them by. Title and note are set as text, so
 * markup typed into them shows as written and never runs.
 */
import type { CodeSections } from './code-sections';
import { editionLabel, sectionLabel } from './handout-form';
import type { Handout } from '../../shared/handout';
import { longDate } from '../../shared/dates';
import { element } from '../element';

const sheet = document.querySelector<HTMLElement>('article[data-handout]')!;
const codesShown = sheet.querySelector<HTMLElement>('[data-handout-codes-shown]')!;

/** The header: the title (or a plain "Handout"), the edition, and the note when there is one. */
export function showSheetHeader(handout: Handout): void {
  sheet.querySelector('[data-handout-title]')!.textContent = handout.title || 'Handout';
  sheet.querySelector('[data-handout-edition]')!.textContent = `CPT codes: ${editionLabel(handout.edition)}`;
  const note = sheet.querySelector<HTMLElement>('[data-handout-note]')!;
  note.textContent = handout.note;
  note.hidden = !handout.note;
  // The date goes on paper, for browsers that print no date of their own in the page margins.
  sheet.querySelector('[data-handout-printed]')!.textContent = `Printed ${longDate(new Date())}`;
  sheet.hidden = false;
}

/** One slot per code, in order, each saying it is loading until its page arrives. */
export function showCodeSlots(codes: readonly string[]): HTMLElement[] {
  const slots = codes.map((code) => element('p', 'my-4 text-ink-muted dark:text-ink-muted-dark print:hidden', `Loading ${code}…`));
  codesShown.replaceChildren(...slots);
  return slots;
}

export function setBusy(busy: boolean): void {
  codesShown.setAttribute('aria-busy', String(busy));
}

/** A code's part of the handout, headed by a link to its page (`pageUrl`). `wayBack` is its QR code and printed address. */
export function codeBlock({ code, title, sections }: CodeSections, pageUrl: string, wayBack: HTMLElement | undefined): HTMLElement {
  const block = element('section', 'handout-code mt-8 border-t border-line pt-6 dark:border-line-dark');
  block.dataset.handoutCode = code;
  const head = element('div', 'handout-code-head flex flex-wrap items-start justify-between gap-4');
  const heading = element('h2', 'text-2xl font-bold');
  // The code page itself, for a reader on screen and in a pasted copy; print writes its address.
  const link = element('a', '');
  link.href = pageUrl;
  link.append(element('span', 'font-mono', code), ` ${title}`);
  heading.append(link);
  head.append(heading);
  if (wayBack) head.append(wayBack);
  const body = element('div', 'prose-site');
  for (const [id, nodes] of sections) {
    if (!nodes.length) continue;
    const part = element('div', 'handout-part');
    part.dataset.handoutSection = id;
    part.append(element('h3', '', sectionLabel(id)), ...nodes);
    body.append(part);
  }
  block.append(head, body);
  return block;
}
