// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enhanceSearchBox } from '../../../../src/browser/search/search-box';
import { LOAD_FAILED_MESSAGE } from '../../../../src/browser/search/pagefind';
import { DEBOUNCE_MS } from '../../../../src/shared/search/search-box-state';
import { codeDirectoryUrl, codeUrl } from '../../../../src/shared/urls';
import { stubFetch } from './fake-search';

/** The header box as SearchForm.astro and SearchSuggestions.astro render it, without the classes. */
const FORM = `
  <div>
    <form action="/search/" data-search-form>
      <input name="q" role="combobox" aria-expanded="false" data-search-input />
      <div hidden data-search-panel>
        <p hidden data-search-message></p>
        <div hidden role="listbox" id="box-suggestions" data-search-listbox></div>
        <a hidden href="/search/" data-search-all>See all results</a>
      </div>
    </form>
    <p role="status" data-search-status></p>
  </div>`;

let input: HTMLInputElement;
const listbox = () => document.querySelector<HTMLElement>('[data-search-listbox]')!;
const panel = () => document.querySelector<HTMLElement>('[data-search-panel]')!;
const shownCodes = () => [...listbox().querySelectorAll<HTMLElement>('[role="option"]')].map((option) => option.dataset['searchHit']);
const settle = () => new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 20));

async function type(value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle();
}

const key = (name: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: name, cancelable: true }));

beforeEach(() => {
  document.body.innerHTML = FORM;
  input = document.querySelector('input')!;
  stubFetch({
    [codeDirectoryUrl('37')]: [
      { code: '37244', title: 'Embolization', lead: 'Closes a vessel.' },
      { code: '37248', title: 'Atherectomy', lead: 'Removes plaque.' },
      { code: '37249', title: 'Balloon angioplasty', lead: 'Opens a vein.' },
    ],
  }, [codeDirectoryUrl('99')]);
  enhanceSearchBox(input);
});

afterEach(() => vi.unstubAllGlobals());

describe('enhanceSearchBox', () => {
  it('shows a code prefix’s suggestions as the options of an open listbox', async () => {
    await type('3724');
    expect(shownCodes()).toEqual(['37244', '37248', '37249']);
    expect(panel().hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[data-search-status]')!.textContent).toBe('3 results for “3724”.');
  });

  it('moves the highlight with the arrow keys, wrapping, and closes on Escape', async () => {
    await type('3724');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('box-suggestions-0');
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('box-suggestions-2');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('box-suggestions-0');
    expect(listbox().querySelector('[aria-selected="true"]')?.id).toBe('box-suggestions-0');
    key('Escape');
    expect(panel().hidden).toBe(true);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('waits for a second character, and for more than "cpt"', async () => {
    await type('3');
    await type('cpt');
    await type('cpt 3');
    expect(panel().hidden).toBe(true);
    expect(shownCodes()).toEqual([]);
  });

  it('says search could not load when the code list cannot', async () => {
    await type('9912');
    expect(panel().hidden).toBe(false);
    expect(document.querySelector('[data-search-message]')!.textContent).toBe(LOAD_FAILED_MESSAGE);
    expect(listbox().hidden).toBe(true);
  });

  it('Enter on a code opens its page when the search for that text was replaced before it answered (text changed and typed back)', async () => {
    // The code list comes only when released, as on a slow line: its first search is still out
    // when the text is cut to one character and typed back, and Enter comes before the pause ends.
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const entries = [{ code: '33210', title: 'Fixture code', lead: 'A code only this test asks for.' }];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (await slow, { ok: url === codeDirectoryUrl('33'), status: 200, json: async () => entries }) as Response));
    const opened = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const sent = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => undefined);
    await type('33210');
    await type('3');
    input.value = '33210';
    input.dispatchEvent(new Event('input'));
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    release();
    await settle();
    expect(sent).not.toHaveBeenCalled();
    expect(opened).toHaveBeenCalledWith(codeUrl('33210'));
  });
});
