import { describe, expect, it } from 'vitest';
import {
  CURRENT_EDITION,
  MAX_HANDOUT_CODES,
  MAX_NOTE_LENGTH,
  MAX_TITLE_LENGTH,
  applyCodeAction,
  handoutQuery,
  readHandout,
  withAddedCodes,
  type HandoutChoices,
} from '../../../src/shared/handout';
import { DEFAULT_HANDOUT_SECTIONS, HANDOUT_SECTIONS } from '../../../src/code-page/sections';
import { addToHandoutUrl, handoutUrl } from '../../../src/shared/urls';

const choices: HandoutChoices = { sections: HANDOUT_SECTIONS.map((s) => s.id), defaultSections: DEFAULT_HANDOUT_SECTIONS, editions: [2025, 2026] };

describe('readHandout', () => {
  it('reads every part of a well-formed address, sections in page order', () => {
    const { handout, problems } = readHandout('?codes=37248,37249&sections=modifiers,overview&edition=2025&title=Week+2&note=Bring+notes', choices);
    expect(problems).toEqual([]);
    expect(handout).toEqual({ codes: ['37248', '37249'], sections: ['overview', 'modifiers'], edition: 2025, title: 'Week 2', note: 'Bring notes' });
  });

  it('defaults to the newest kept edition and the default sections; "current" picks the live pages', () => {
    expect(readHandout('?codes=37249', choices).handout).toMatchObject({ edition: 2026, sections: [...DEFAULT_HANDOUT_SECTIONS], title: '', note: '' });
    expect(readHandout('?edition=current', choices).handout.edition).toBe(CURRENT_EDITION);
    expect(readHandout('', { ...choices, editions: [] }).handout.edition).toBe(CURRENT_EDITION);
  });

  it('normalises codes as coders type them and leaves out malformed and repeated ones, saying so', () => {
    const { handout, problems } = readHandout('?codes=+37249, cpt 37248,abc,37249,', choices);
    expect(handout.codes).toEqual(['37249', '37248']);
    expect(problems).toEqual([expect.stringContaining('"abc" is not a CPT code'), '37249 was given more than once; it is shown once.']);
  });

  it(`keeps the first ${MAX_HANDOUT_CODES} codes`, () => {
    const codes = Array.from({ length: MAX_HANDOUT_CODES + 3 }, (_, i) => String(10000 + i));
    const { handout, problems } = readHandout(`?codes=${codes.join(',')}`, choices);
    expect(handout.codes).toEqual(codes.slice(0, MAX_HANDOUT_CODES));
    expect(problems).toEqual([`A handout holds at most ${MAX_HANDOUT_CODES} codes; ${codes[MAX_HANDOUT_CODES]} and the codes after it were left out.`]);
  });

  it('names unknown sections and editions, falling back to the defaults', () => {
    const { handout, problems } = readHandout('?sections=bogus&edition=1999', choices);
    expect(handout.sections).toEqual([...DEFAULT_HANDOUT_SECTIONS]);
    expect(handout.edition).toBe(2026);
    expect(problems).toEqual([
      expect.stringContaining('"bogus" is not a part of a code page a handout can show'),
      'The edition "1999" is not kept on this site (kept editions: 2025, 2026); the handout shows the 2026 edition.',
    ]);
    expect(readHandout('?edition=20x6', { ...choices, editions: [] }).problems).toEqual([
      'The edition "20x6" is not kept on this site (no edition is kept); the handout shows the current pages.',
    ]);
  });

  it('cuts an over-long title and note, and keeps markup as text', () => {
    const title = `<script>x</script>${'T'.repeat(10_000)}`;
    const { handout, problems } = readHandout(`?${new URLSearchParams({ title, note: 'N'.repeat(MAX_NOTE_LENGTH + 1) })}`, choices);
    expect(handout.title).toBe(title.slice(0, MAX_TITLE_LENGTH));
    expect(handout.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(problems).toHaveLength(2);
  });
});

describe('handoutQuery', () => {
  it('writes an address that reads back to the same handout, with the edition always named', () => {
    const handout = { codes: ['37248', '37249'], sections: ['overview'], edition: 2026, title: 'A, B & C', note: '' } as const;
    const query = handoutQuery({ ...handout, codes: [...handout.codes], sections: [...handout.sections] });
    expect(query).toBe('?codes=37248,37249&sections=overview&edition=2026&title=A,+B+%26+C');
    expect(readHandout(query, choices).handout).toEqual(handout);
  });
});

describe('withAddedCodes', () => {
  it('appends the added code to the remembered handout, once', () => {
    expect(withAddedCodes('?codes=37248&edition=2025&title=T', '?add=37249')).toBe('?codes=37248,37249&edition=2025&title=T');
    expect(withAddedCodes('?codes=37248', '?add=37248')).toBe('?codes=37248');
    expect(withAddedCodes('', '?add=37249')).toBe('?codes=37249');
    expect(withAddedCodes('?codes=37248', '?codes=37244')).toBe('?codes=37244');
  });
});

describe('applyCodeAction', () => {
  it('moves a code one place, never past either end, and removes it', () => {
    expect(applyCodeAction(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
    expect(applyCodeAction(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
    expect(applyCodeAction(['a', 'b'], 'a', 'up')).toEqual(['a', 'b']);
    expect(applyCodeAction(['a', 'b'], 'b', 'down')).toEqual(['a', 'b']);
    expect(applyCodeAction(['a', 'b'], 'a', 'remove')).toEqual(['b']);
  });
});

describe('handout addresses', () => {
  it('are the builder with the handout as its query, and "Add to handout" names one code', () => {
    expect(handoutUrl('?codes=37249')).toBe('/handout/?codes=37249');
    expect(addToHandoutUrl('37249')).toBe('/handout/?add=37249');
    expect(readHandout(new URL(addToHandoutUrl('37249'), 'https://x.example').search, choices).handout.codes).toEqual(['37249']);
  });
});
