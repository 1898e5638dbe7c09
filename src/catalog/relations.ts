import { compareCodes } from '../shared/codes';

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
  // Each page asks about one code; these indexes, built once, keep a 10,000-code build from
  // scanning every record for every page.
  private readonly addOnsByPrimary = new Map<string, RelationRecord[]>();
  private readonly namedBy = new Map<string, RelationRecord[]>();
  private readonly byFamily = new Map<string, string[]>();
  private readonly byModifier = new Map<string, ModifierUse[]>();
  private readonly familyPosition = new Map<string, number>();

  private readonly hasPage: (code: string) => boolean;

  /**
   * `hasPage` says which named codes get a link: by default those among `records`; a kept
   * edition's pages link to live pages, so it passes the live codes.
   */
  constructor(records: readonly RelationRecord[], hasPage?: (code: string) => boolean) {
    const ordered = [...records].sort((a, b) => compareCodes(a.code, b.code));
    this.byCode = new Map(ordered.map((r) => [r.code, r]));
    this.hasPage = hasPage ?? ((code) => this.byCode.has(code));
    const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const record of ordered) {
      for (const primary of new Set(record.primaryCodes)) add(this.addOnsByPrimary, primary, record);
      for (const target of new Set(record.related.map((r) => r.code))) add(this.namedBy, target, record);
      add(this.byFamily, record.family, record.code);
      this.familyPosition.set(record.code, this.byFamily.get(record.family)!.length - 1);
      for (const m of record.modifiers) add(this.byModifier, m.modifier, { code: record.code, whenToUse: m.whenToUse, basis: m.basis });
    }
  }

  ref(code: string): CodeRef {
    return { code, hasPage: this.hasPage(code) };
  }

  /** The primary codes an add-on code is reported with, as its own file names them. */
  reportWith(code: string): CodeRef[] {
    return (this.byCode.get(code)?.primaryCodes ?? []).map((c) => this.ref(c));
  }

  /** Add-on codes that name this code as their primary, in code order. */
  addOnsOf(code: string): CodeRef[] {
    return (this.addOnsByPrimary.get(code) ?? []).map((r) => this.ref(r.code));
  }

  /**
   * Related codes in both directions: those this code names (with its own note) first, then codes
   * that name this one (with their note). When both sides name each other, this code's note wins.
   */
  related(code: string): RelatedRef[] {
    const own = (this.byCode.get(code)?.related ?? []).map((r) => ({ ...this.ref(r.code), note: r.note, noteFrom: code }));
    const named = new Set(own.map((r) => r.code));
    const incoming = (this.namedBy.get(code) ?? []).flatMap((other) =>
      other.code === code || named.has(other.code)
        ? []
        : other.related.filter((r) => r.code === code).map((r) => ({ ...this.ref(other.code), note: r.note, noteFrom: other.code })),
    );
    return [...own, ...incoming];
  }

  /** The family's codes in code order. */
  familyCodes(family: string): string[] {
    return [...(this.byFamily.get(family) ?? [])];
  }

  /** The other codes of this code's family, nearest first, one step before it and one after at a time. */
  *familyOutward(code: string): Generator<string> {
    const record = this.byCode.get(code);
    if (!record) return;
    const siblings = this.byFamily.get(record.family)!;
    const at = this.familyPosition.get(code)!;
    for (let step = 1; at - step >= 0 || at + step < siblings.length; step++) {
      for (const member of [siblings[at - step], siblings[at + step]]) if (member !== undefined) yield member;
    }
  }

  /** The codes just before and after this one within its family, in code order. */
  familyNeighbours(code: string): FamilyNeighbours {
    const record = this.byCode.get(code);
    if (!record) return { previous: undefined, next: undefined };
    const siblings = this.byFamily.get(record.family)!;
    const at = this.familyPosition.get(code)!;
    return { previous: siblings[at - 1], next: siblings[at + 1] };
  }

  /** Every code that lists the modifier, in code order, with its code-specific guidance. */
  modifierUses(modifier: string): ModifierUse[] {
    return [...(this.byModifier.get(modifier) ?? [])];
  }
}
