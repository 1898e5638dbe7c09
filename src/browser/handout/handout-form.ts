/**
 * The builder's form: the choices the build rendered into it (sections, kept editions), and the
 * handout's title, note, edition and sections read from and written to its fields.
 */
import { readList } from '../../shared/address-lists';
import { CURRENT_EDITION, HANDOUT_PARAMS, type Handout, type HandoutChoices, type HandoutEdition } from '../../shared/handout';

export const form = document.querySelector<HTMLFormElement>('form[data-handout-builder]')!;

/** The section id of the reporting examples, which the handout takes from the body sections. */
export const EXAMPLES_SECTION = form.dataset.examplesSection!;

const field = <T extends Element>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
const titleInput = field<HTMLInputElement>(HANDOUT_PARAMS.title);
const noteInput = field<HTMLTextAreaElement>(HANDOUT_PARAMS.note);
const editionSelect = field<HTMLSelectElement>(HANDOUT_PARAMS.edition);
const sectionBoxes = [...form.querySelectorAll<HTMLInputElement>(`input[name="${HANDOUT_PARAMS.sections}"]`)];

/** What the page offers, as rendered from src/code-page/sections.ts and the kept editions. */
export function renderedChoices(): HandoutChoices {
  const years = [...editionSelect.options].map((option) => option.value).filter((value) => value !== CURRENT_EDITION);
  return {
    sections: sectionBoxes.map((box) => box.value),
    defaultSections: readList(form.dataset.defaultSections),
    editions: years.map(Number).sort((a, b) => a - b),
  };
}

/** The label each section's checkbox shows: the handout's heading for it. */
export function sectionLabel(id: string): string {
  return sectionBoxes.find((box) => box.value === id)?.dataset.sectionLabel ?? id;
}

/** The edition as the select words it, e.g. "2026 edition, as kept". */
export function editionLabel(edition: HandoutEdition): string {
  return [...editionSelect.options].find((option) => option.value === String(edition))?.text ?? String(edition);
}

export function showInForm(handout: Handout): void {
  titleInput.value = handout.title;
  noteInput.value = handout.note;
  editionSelect.value = String(handout.edition);
  for (const box of sectionBoxes) box.checked = handout.sections.includes(box.value);
}

/** The form's fields over `handout` (whose codes the form does not hold). */
export function readForm(handout: Handout): Handout {
  const sections = sectionBoxes.filter((box) => box.checked).map((box) => box.value);
  const edition = editionSelect.value === CURRENT_EDITION ? CURRENT_EDITION : Number(editionSelect.value);
  return { ...handout, title: titleInput.value.trim(), note: noteInput.value.trim(), edition, sections };
}
