import type { CodePageData } from '../code-page/code-view';
import { HISTORY_WORDING as WORDING } from '../code-page/history-wording';
import { MODIFIER_BASIS_LABEL } from '../code-page/modifier-basis';
import { BODY_SECTIONS } from '../code-page/sections';
import { CODE_FIELDS, type CodeView } from '../schema/code-fields';
import { quickFacts, type FactValue } from '../schema/field-descriptors';
import { notAvailable } from '../shared/not-available';
import type { CompareRecord, CompareRow, CompareValue } from '../shared/compare/compare-record';
import { codeUrl } from '../shared/urls';

type FieldKey = (typeof CODE_FIELDS)[number]['key'];

const labelOf = (key: FieldKey) => CODE_FIELDS.find((f) => f.key === key)!.label;

/** The quick-facts rows the compare page shows, in this order; each is worded as the code page words it. */
const COMPARED_FACTS = ['family', 'serviceType', 'reportWith', 'addOnCodes', 'sites', 'payers'] as const satisfies readonly FieldKey[];

/** Quick facts hide "report with" and "add-on codes" when there are none; side by side, "none" is the fact. */
const NONE: CompareValue = { text: 'None' };

/** The body section whose list says what is counted and what is bundled. */
const BILLING = BODY_SECTIONS.find((s) => s.id === 'billing-overview')!;

function fromFact(value: FactValue): CompareValue {
  if ('codes' in value) return { codes: value.codes.map((ref) => ({ code: ref.code, url: ref.hasPage ? codeUrl(ref.code) : null })), note: value.note };
  if ('link' in value) return { text: value.link.text };
  if ('notAvailable' in value) return { notAvailable: value.notAvailable };
  return value;
}

function factRows(view: CodeView): CompareRow[] {
  const facts = new Map(quickFacts(CODE_FIELDS, view).map((row) => [row.key, row.value]));
  return COMPARED_FACTS.map((key) => {
    const fact = facts.get(key);
    return { key, label: labelOf(key), value: fact ? fromFact(fact) : NONE };
  });
}

function modifiersValue(view: CodeView): CompareValue {
  if (!view.modifiers.length) return { notAvailable: 'No modifiers are listed' };
  return { items: view.modifiers.map((m) => `${m.id}: ${m.name} (${MODIFIER_BASIS_LABEL[m.basis].toLowerCase()})`) };
}

/** Added, each revision and a deletion, in the History section's words. */
function historyValue({ history, deleted }: CodeView): CompareValue {
  const replacements = deleted?.replacedBy.map((r) => r.code).join(', ');
  const items = [
    history.added === undefined ? notAvailable(WORDING.addedNotAvailable) : `${WORDING.added}: ${history.added}`,
    ...(history.revisions.length ? history.revisions.map((r) => `${WORDING.revisions}: ${r.year}: ${r.text}`) : [notAvailable(WORDING.noRevisions)]),
    `${WORDING.deleted}: ${deleted ? `in ${deleted.year}; ${replacements ? `replaced by ${replacements}.` : WORDING.noReplacement}` : WORDING.notDeleted}`,
  ];
  return { items };
}

/** One code's compare rows, from the same page data its code page renders. */
export function compareRecord({ view, body }: CodePageData): CompareRecord {
  const billing = body.sections.find((s) => s.id === BILLING.id);
  const rows: CompareRow[] = [
    { key: 'lead', label: 'What it reports', value: { text: view.lead } },
    { key: 'addOn', label: labelOf('addOn'), value: { text: view.addOn ? 'Yes: reported only with a primary procedure' : 'No' } },
    ...factRows(view),
    { key: BILLING.id, label: `${BILLING.label}: what is counted, what is bundled`, value: billing ? { html: billing.html } : { notAvailable: BILLING.label } },
    { key: 'modifiers', label: labelOf('modifiers'), value: modifiersValue(view) },
    { key: 'history', label: labelOf('history'), value: historyValue(view) },
  ];
  return { code: view.code, title: view.title, url: codeUrl(view.code), rows };
}
