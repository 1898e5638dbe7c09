import { z } from 'zod';
import type { CodeRef } from '../catalog/relations';
import type { FilterOption, FilterSpec } from '../shared/search/filters';

/** The content collections a frontmatter field may point into with Astro's reference(). */
export type CollectionName = 'families' | 'sites' | 'payers' | 'modifiers';

/**
 * What a field's frontmatter points at, for the checks the schema cannot make
 * (src/catalog/catalog-checks.ts): ids in a catalog, or other codes. `path` is the frontmatter key
 * as an author writes it.
 */
export type FieldReference = { path: string; catalog: CollectionName; ids: string[] } | { path: string; codes: string[] };

/**
 * Astro's reference(), passed in by src/content.config.ts, so descriptors stay importable where
 * astro:content is not (the export schema is read by Playwright and the build's integrations).
 */
export type Reference = (collection: CollectionName) => z.ZodType<{ id: string }, string>;

/** How a quick-facts row shows a field's value. */
export type FactValue =
  | { text: string }
  | { link: { href: string; text: string } }
  | { codes: CodeRef[]; note?: string | undefined }
  | { notAvailable: string };

interface FactRow {
  key: string;
  label: string;
  value: FactValue;
}

/** What an export record needs beyond the view: absolute addresses for the site being built. */
interface ExportContext {
  abs(path: string): string;
  ref(code: CodeRef): { code: string; url: string | null };
}

/**
 * One code field, declared once: what a code file may write for it, what the page view holds,
 * how quick facts show it, what the JSON export carries, and how search narrows by it.
 */
interface CodeField<Ctx, K extends string, F extends z.ZodRawShape, V, E extends z.ZodRawShape> {
  /** The field's name in the page view (usually its frontmatter key). */
  key: K;
  label: string;
  /** The frontmatter keys this field reads; absent for facts derived from other pages. */
  frontmatter?: (ref: Reference) => F;
  view: (data: z.output<z.ZodObject<F>>, ctx: Ctx) => V;
  /** Its quick-facts row: undefined hides the row, null shows the "not available" wording. */
  fact?: (value: V) => FactValue | null | undefined;
  /** Shown in quick facts when the field is empty; "in the source documents" follows it. */
  notAvailable?: string;
  /** Keys in the published export; only ever added (a rename or removal needs a new version). */
  export?: { shape: E; value: (value: V, out: ExportContext) => z.input<z.ZodObject<E>> };
  filter?: FilterSpec & { values: (data: z.output<z.ZodObject<F>>, ctx: Ctx) => FilterOption[] };
  references?: (data: z.output<z.ZodObject<F>>) => FieldReference[];
  /** The author's prose the field holds, for the search index's word list (spelling suggestions). */
  searchText?: (data: z.output<z.ZodObject<F>>) => string[];
}

// A list mixes fields of every value type; each one is type-checked where fieldsFor() declares it.
type AnyField<Ctx> = CodeField<Ctx, string, any, any, any>;

/** Declares fields for one context type, inferring each field's keys, value and export shape. */
export function fieldsFor<Ctx>() {
  return <K extends string, V, F extends z.ZodRawShape = {}, E extends z.ZodRawShape = {}>(
    field: CodeField<Ctx, K, F, V, E>,
  ) => field;
}

type Fields<Ctx> = readonly AnyField<Ctx>[];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Flatten<T> = { [P in keyof T]: T[P] };

export type ViewOf<Fs extends Fields<never>> = {
  [F in Fs[number] as F['key']]: ReturnType<F['view']>;
};
type FrontmatterShapeOf<Fs extends Fields<never>> = Flatten<
  UnionToIntersection<Fs[number] extends infer F ? (F extends { frontmatter?: (ref: Reference) => infer S } ? S : never) : never>
>;
type ExportShapeOf<Fs extends Fields<never>> = Flatten<
  UnionToIntersection<Fs[number] extends infer F ? (F extends { export?: { shape: infer S } } ? S : never) : never>
>;

/** Joins the fields' key sets; two fields claiming one key would silently drop one of them. */
function joinShapes(parts: (z.ZodRawShape | undefined)[], what: string): z.ZodRawShape {
  const joined: Record<string, z.core.$ZodType> = {};
  for (const [key, schema] of parts.flatMap((part) => Object.entries(part ?? {}))) {
    if (key in joined) throw new Error(`code fields: two fields declare the ${what} key "${key}"`);
    joined[key] = schema;
  }
  return joined;
}

/** The frontmatter object shape, every field's keys in list order. */
export function frontmatterShape<Fs extends Fields<never>>(fields: Fs, ref: Reference): FrontmatterShapeOf<Fs> {
  return joinShapes(fields.map((f) => f.frontmatter?.(ref)), 'frontmatter') as FrontmatterShapeOf<Fs>;
}

export function fieldView<Ctx, Fs extends Fields<Ctx>>(fields: Fs, data: object, ctx: Ctx): ViewOf<Fs> {
  return Object.fromEntries(fields.map((f) => [f.key, f.view(data as never, ctx)])) as ViewOf<Fs>;
}

/** The quick-facts rows, in list order, for the fields that have one. */
export function quickFacts<Fs extends Fields<never>>(fields: Fs, view: ViewOf<Fs>): FactRow[] {
  const values = view as Record<string, unknown>;
  return fields.flatMap((f) => {
    const value = f.fact?.(values[f.key]);
    if (value === undefined) return [];
    return [{ key: f.key, label: f.label, value: value ?? { notAvailable: f.notAvailable ?? 'Not available' } }];
  });
}

export function exportShape<Fs extends Fields<never>>(fields: Fs): ExportShapeOf<Fs> {
  return joinShapes(fields.map((f) => f.export?.shape), 'export') as ExportShapeOf<Fs>;
}

/** An export record's keys, in list order (the published order: new fields go last); the export schema checks it. */
export function exportRecord<Fs extends Fields<never>>(fields: Fs, view: ViewOf<Fs>, out: ExportContext): Record<string, unknown> {
  const values = view as Record<string, unknown>;
  return Object.assign({}, ...fields.map((f) => f.export?.value(values[f.key], out) ?? {}));
}

export function filterSpecs(fields: Fields<never>): FilterSpec[] {
  return fields.flatMap((f) => (f.filter ? [{ key: f.filter.key, label: f.filter.label }] : []));
}

/** The values one code records for each search filter. */
export function filterValues<Ctx>(fields: Fields<Ctx>, data: object, ctx: Ctx): Record<string, FilterOption[]> {
  return Object.fromEntries(fields.flatMap((f) => (f.filter ? [[f.filter.key, f.filter.values(data as never, ctx)]] : [])));
}

/** Everything one code's frontmatter points at, in list order. */
export function fieldReferences(fields: Fields<never>, data: object): FieldReference[] {
  return fields.flatMap((f) => f.references?.(data as never) ?? []);
}

/** One code's prose, in list order. */
export function fieldSearchText(fields: Fields<never>, data: object): string[] {
  return fields.flatMap((f) => f.searchText?.(data as never) ?? []);
}
