/**
 * The handout builder: the address is the handout. Every change is written back to the address
 * (and remembered in local storage, so "Add to handout" on a code page extends the handout being
 * built), and the sheet below is filled from the code pages' own sections.
 */
import { fetchPage, pageSections } from './code-sections';
import { onResultAdd, showSearchResults } from './search-results';
import { onCodeListAction, showCodeList } from './code-list';
import { EXAMPLES_SECTION, editionLabel, form, readForm, renderedChoices, showInForm } from './handout-form';
import { onCopy } from './copy-link';
import { codeBlock, setBusy, showCodeSlots, showSheetHeader } from './handout-sheet';
import { showProblems } from './handout-problems';
import { wayBack } from './way-back';
import { CURRENT_EDITION, HANDOUT_PARAMS, applyCodeAction, handoutQuery, readHandout, withAddedCodes, type Handout } from '../../shared/handout';
import { codeCandidate, isCode } from '../../shared/codes';
import { codeUrl, handoutUrl, pinnedCodeUrl } from '../../shared/urls';
import { localStore, readStored, writeStored } from '../../shared/browser-storage';

/** Where the builder remembers the handout it last showed, for "Add to handout" to extend. */
const REMEMBERED = 'cpt-reference:handout';

const choices = renderedChoices();
const titles = new Map<string, string>();
let addressProblems: string[] = [];
/** The codes the last render found no page for. */
let missing: string[] = [];
let sequence = 0;

const remembered = (): string => readStored(localStore(), REMEMBERED) ?? '';

function firstHandout(): Handout {
  const search = new URLSearchParams(location.search).has(HANDOUT_PARAMS.add) ? withAddedCodes(remembered(), location.search) : location.search;
  const { handout, problems } = readHandout(search, choices);
  addressProblems = problems;
  return handout;
}

let handout = firstHandout();

function remember(): void {
  const query = handoutQuery(handout);
  history.replaceState(null, '', handoutUrl(query));
  // Private modes may refuse storage; the address still holds the handout.
  writeStored(localStore(), REMEMBERED, query);
}

const pageUrl = (code: string) => (handout.edition === CURRENT_EDITION ? codeUrl(code) : pinnedCodeUrl(handout.edition, code));

/** Fills the sheet in handout order as the pages arrive; a newer render makes an older one stop. */
async function showCodes(): Promise<void> {
  const run = ++sequence;
  const { codes, sections, edition } = handout;
  const slots = showCodeSlots(codes);
  // By position, so the messages follow the handout's order whatever order the pages arrive in.
  const notFound: (string | undefined)[] = codes.map(() => undefined);
  setBusy(true);
  showProblems(addressProblems);
  await Promise.all(
    codes.map(async (code, i) => {
      const page = await fetchPage({ edition, sections }, code, choices.defaultSections).catch(() => null);
      if (run !== sequence) return;
      if (!page) {
        notFound[i] = page === null ? `${code} could not be loaded; check the connection and reload.` : missingMessage(code, edition);
        slots[i]!.remove();
        return;
      }
      const part = pageSections(page, code, sections, EXAMPLES_SECTION);
      titles.set(code, part.title);
      slots[i]!.replaceWith(codeBlock(part, pageUrl(code), wayBack(page, code, edition)));
    }),
  );
  if (run !== sequence) return;
  setBusy(false);
  missing = notFound.filter((message) => message !== undefined);
  showCodeList(codes, titles);
  showProblems([...addressProblems, ...missing]);
}

function missingMessage(code: string, edition: Handout['edition']): string {
  return edition === CURRENT_EDITION ? `There is no page for ${code} on this site; it was left out.` : `${code} is not in the ${edition} edition; it was left out.`;
}

function update(next: Handout, { refetch = true } = {}): void {
  handout = next;
  remember();
  showSheetHeader(handout);
  showCodeList(handout.codes, titles);
  if (refetch) void showCodes();
  else showProblems([...addressProblems, ...missing]);
}

/** A change the trainer made: what the opened address got wrong no longer applies. */
function edit(next: Handout, options: { refetch?: boolean } = {}): void {
  addressProblems = [];
  update(next, options);
}

function addCode(code: string): void {
  const status = form.querySelector<HTMLElement>('[data-handout-add-status]')!;
  const { handout: next, problems } = readHandout(`?${HANDOUT_PARAMS.codes}=${[...handout.codes, code].join(',')}`, choices);
  status.textContent = problems.length ? problems.join(' ') : `${code} added.`;
  if (!problems.length) edit({ ...handout, codes: next.codes });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = form.querySelector<HTMLInputElement>('[data-handout-add]')!;
  const code = codeCandidate(input.value);
  if (isCode(code)) {
    addCode(code);
    input.value = '';
    showSearchResults([]);
    return;
  }
  const status = form.querySelector<HTMLElement>('[data-handout-add-status]')!;
  status.textContent = 'Searching…';
  import('./code-search')
    .then(({ searchCodes }) => searchCodes(input.value, handout.edition === CURRENT_EDITION ? null : handout.edition))
    .then((found) => (status.textContent = found ? `${found} codes found: add the ones you want.` : 'No code found for those words.'))
    .catch(() => (status.textContent = 'Search could not load; type a code instead.'));
});
form.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.matches('[data-handout-add]')) return;
  const next = readForm(handout);
  edit(next, { refetch: next.edition !== handout.edition || next.sections.join() !== handout.sections.join() });
});
onResultAdd(addCode);
onCodeListAction((code, action) => edit({ ...handout, codes: applyCodeAction(handout.codes, code, action) }));
onCopy(
  () => handoutQuery(handout),
  (address) => `${handout.title || 'Handout'}: CPT codes, ${editionLabel(handout.edition)}. ${form.dataset.siteName}. ${address}`,
);
form.querySelector('[data-handout-print]')!.addEventListener('click', () => print());

document.querySelector<HTMLElement>('[data-handout-without-js]')!.hidden = true;
form.hidden = false;
showInForm(handout);
update(handout);
