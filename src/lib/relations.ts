import { compareCodes } from './codes';

/** The parts of a code entry that relationships are derived from, free of Astro types. */
export interface RelationRecord {
  code: string;
  addOn: boolean;
  primaryCodes: readonly string[];
  family: string;
  modifiers: readonly { modifier: string; whenToUse?: string | undefined; basis: 'source' | 'general' }[];
  related: readonly { code: string; note: string }[];
}

/** A code named somewhere; hasPage is false when no content file exists for it yet. */
export interface CodeRef {
  code: string;
  hasPage: boolean;
}

export interface RelatedRef extends CodeRef {
  note: string;
  /** The code whose content file wrote the note: this code itself, or the code that points here. */
  noteFrom: string;
}

export interface FamilyNeighbours {
  previous: string | undefined;
  next: string | undefined;
}

export interface ModifierUse {
  code: string;
  whenToUse: string | undefined;
  basis: 'source' | 'general';
}

/**
 * Every relationship between codes, derived once from the code entries so each fact is written
 * in one content file and shown on both ends.
 */
export class Relations {
  private readonly byCode: Map<string, RelationRecord>;
  private readonly ordered: RelationRecord[];

  constructor(records: readonly RelationRecord[]) {
    this.ordered = [...records].sort((a, b) => compareCodes(a.code, b.code));
    this.byCode = new Map(this.ordered.map((r) => [r.code, r]));
  }

  ref(code: string): CodeRef {
    return { code, hasPage: this.byCode.has(code) };
  }

  /** The primary codes an add-on code is reported with, as its own file names them. */
  reportWith(code: string): CodeRef[] {
    return (this.byCode.get(code)?.primaryCodes ?? []).map((c) => this.ref(c));
  }

  /** Add-on codes that name this code as their primary, in code order. */
  addOnsOf(code: string): CodeRef[] {
    return this.ordered.filter((r) => r.primaryCodes.includes(code)).map((r) => this.ref(r.code));
  }

  /**
   * Related codes in both directions: those this code names (with its own note) first, then codes
   * that name this one (with their note). When both sides name each other, this code's note wins.
   */
  related(code: string): RelatedRef[] {
    const own = (this.byCode.get(code)?.related ?? []).map((r) => ({ ...this.ref(r.code), note: r.note, noteFrom: code }));
    const named = new Set(own.map((r) => r.code));
    const incoming = this.ordered.flatMap((other) =>
      other.code === code || named.has(other.code)
        ? []
        : other.related.filter((r) => r.code === code).map((r) => ({ ...this.ref(other.code), note: r.note, noteFrom: other.code })),
    );
    return [...own, ...incoming];
  }

  /** The family's codes in code order. */
  familyCodes(family: string): string[] {
    return this.ordered.filter((r) => r.family === family).map((r) => r.code);
  }

  /** The codes just before and after this one within its family, in code order. */
  familyNeighbours(code: string): FamilyNeighbours {
    const record = this.byCode.get(code);
    if (!record) return { previous: undefined, next: undefined };
    const siblings = this.familyCodes(record.family);
    const at = siblings.indexOf(code);
    return { previous: siblings[at - 1], next: siblings[at + 1] };
  }

  /** Every code that lists the modifier, in code order, with its code-specific guidance. */
  modifierUses(modifier: string): ModifierUse[] {
    return this.ordered.flatMap((r) =>
      r.modifiers.filter((m) => m.modifier === modifier).map((m) => ({ code: r.code, whenToUse: m.whenToUse, basis: m.basis })),
    );
  }
}
