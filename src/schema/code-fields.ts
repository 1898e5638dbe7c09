import { z } from 'zod';
import { CODE_PATTERN, CODE_SHAPE } from '../shared/codes';
import { DATA_GAP_IDS, DATA_GAPS } from './data-gaps';
import { isoDate } from '../shared/dates';
import { cptYear } from '../editions/edition-manifest';
import { fieldsFor, type FactValue, type ViewOf } from './field-descriptors';
import { must } from '../catalog/lookup';
import { listedProse, prose } from './prose';
import type { CodeRef, Relations } from '../catalog/relations';
import { ADD_ON_OPTIONS } from '../shared/search/filters';
import { codeJsonUrl, codeUrl, familyUrl, modifierUrl } from '../shared/urls';

// Unquoted YAML numbers lose leading zeros (00100 becomes 100), so a code must arrive as a string.
const codeString = z
  .string({ error: 'must be a quoted string, e.g. "37249" (unquoted numbers lose leading zeros)' })
  .regex(CODE_PATTERN, `must be ${CODE_SHAPE}`);

interface Named {
  id: string;
  data: { name: string };
}

/** What a field's view reads besides the code's own frontmatter; the build's Catalog is one. */
export interface FieldContext {
  code: string;
  catalog: {
    families: ReadonlyMap<string, Named>;
    sites: ReadonlyMap<string, Named>;
    payers: ReadonlyMap<string, Named>;
    modifiers: ReadonlyMap<string, Named & { data: { description: string } }>;
    relations: Relations;
  };
}

export interface ModifierRow {
  id: string;
  name: string;
  description: string;
  whenToUse: string | undefined;
  basis: 'source' | 'general';
}

const field = fieldsFor<FieldContext>();

const exportedRef = z.object({
  code: z.string(),
  url: z.url().nullable().describe('The code page, or null when the code has no page yet.'),
});

/** A list shown in one quick-facts line, or "not available" when the source gives none. */
const listFact =
  (separator: string) =>
  (items: string[]): FactValue | null =>
    items.length ? { text: items.join(separator) } : null;

const named = (catalog: ReadonlyMap<string, Named>, ids: { id: string }[]) => ids.map((r) => ({ value: r.id, label: must(catalog, r.id).data.name }));

type Catalogued = 'sites' | 'payers';

/**
 * A list of entries of one catalog (sites, payers): written as ids, shown and exported by name,
 * filtered by id. The casts only restore the key's literal type, which a computed key loses.
 */
function catalogList<K extends Catalogued>(
  key: K,
  spec: { label: string; describe: string; separator: string; filter: { key: string; label: string } },
) {
  const ids = (d: object) => (d as Record<K, { id: string }[]>)[key];
  return field({
    key,
    label: spec.label,
    frontmatter: (ref) =>
      ({ [key]: z.array(ref(key)).default([]).describe(spec.describe) }) as Record<K, z.ZodDefault<z.ZodArray<ReturnType<typeof ref>>>>,
    view: (d, { catalog }) => ids(d).map((entry) => must(catalog[key], entry.id).data.name),
    fact: listFact(spec.separator),
    export: {
      shape: { [key]: z.array(z.string()) } as Record<K, z.ZodArray<z.ZodString>>,
      value: (names) => ({ [key]: names }) as z.input<z.ZodObject<Record<K, z.ZodArray<z.ZodString>>>>,
    },
    filter: { ...spec.filter, values: (d, { catalog }) => named(catalog[key], ids(d)) },
    references: (d) => [{ path: key, catalog: key, ids: ids(d).map((entry) => entry.id) }],
  });
}

/**
 * Every code field, in the published export's key order (new fields go last). Adding a field is
 * one entry here: the content schema, page view, quick facts, export and search filters follow.
 */
export const CODE_FIELDS = [
  field({
    key: 'code',
    label: 'Code',
    frontmatter: () => ({ code: codeString.describe('The code as printed; must equal the file name.') }),
    view: (d) => d.code,
    export: {
      shape: { code: z.string(), url: z.url(), json: z.url() },
      value: (code, out) => ({ code, url: out.abs(codeUrl(code)), json: out.abs(codeJsonUrl(code)) }),
    },
  }),
  field({
    key: 'title',
    label: 'Title',
    frontmatter: () => ({ title: prose.max(120).describe('Short title in our own words; never the AMA descriptor.') }),
    view: (d) => d.title,
    export: { shape: { title: z.string() }, value: (title) => ({ title }) },
    searchText: (d) => [d.title],
  }),
  field({
    key: 'lead',
    label: 'Lead',
    frontmatter: () => ({ lead: prose.describe('One sentence that says what the code reports.') }),
    view: (d) => d.lead,
    export: { shape: { lead: z.string() }, value: (lead) => ({ lead }) },
    searchText: (d) => [d.lead],
  }),
  field({
    key: 'addOn',
    label: 'Add-on code',
    frontmatter: () => ({ addOn: z.boolean().describe('True for add-on codes, reported only with a primary procedure.') }),
    view: (d) => d.addOn,
    export: { shape: { addOn: z.boolean() }, value: (addOn) => ({ addOn }) },
    filter: { key: 'addon', label: 'Add-on code', values: (d) => [d.addOn ? ADD_ON_OPTIONS.yes : ADD_ON_OPTIONS.no] },
  }),
  field({
    key: 'family',
    label: 'Code family',
    frontmatter: (ref) => ({ family: ref('families') }),
    view: (d, { catalog }) => ({ id: d.family.id, name: must(catalog.families, d.family.id).data.name }),
    fact: (family) => ({ link: { href: familyUrl(family.id), text: family.name } }),
    export: {
      shape: { family: z.object({ id: z.string(), name: z.string(), url: z.url() }).strict() },
      value: (family, out) => ({ family: { ...family, url: out.abs(familyUrl(family.id)) } }),
    },
    filter: { key: 'family', label: 'Code family', values: (d, { catalog }) => named(catalog.families, [d.family]) },
    references: (d) => [{ path: 'family', catalog: 'families', ids: [d.family.id] }],
  }),
  field({
    key: 'serviceType',
    label: 'Service type',
    frontmatter: () => ({ serviceType: prose }),
    view: (d) => d.serviceType,
    fact: (text) => ({ text }),
    export: { shape: { serviceType: z.string() }, value: (serviceType) => ({ serviceType }) },
    searchText: (d) => [d.serviceType],
  }),
  field({
    key: 'reportWith',
    label: 'Report with',
    frontmatter: () => ({
      primaryCodes: z
        .array(codeString)
        .default([])
        .describe('For add-on codes: the primary codes it is reported with, where the source names them.'),
      primaryService: prose
        .optional()
        .describe('For add-on codes whose primary code the source does not name: the primary service in words.'),
    }),
    view: (d, { code, catalog }) => ({ codes: catalog.relations.reportWith(code), service: d.primaryService }),
    fact: ({ codes, service }) => (codes.length || service ? { codes, note: service } : undefined),
    export: {
      shape: { reportWith: z.array(exportedRef), primaryService: z.string().nullable() },
      value: ({ codes, service }, out) => ({ reportWith: codes.map(out.ref), primaryService: service ?? null }),
    },
    references: (d) => [{ path: 'primaryCodes', codes: d.primaryCodes }],
    searchText: (d) => [d.primaryService ?? ''],
  }),
  field({
    key: 'addOnCodes',
    label: 'Add-on codes',
    view: (_, { code, catalog }): CodeRef[] => catalog.relations.addOnsOf(code),
    fact: (codes) => (codes.length ? { codes } : undefined),
    export: { shape: { addOnCodes: z.array(exportedRef) }, value: (codes, out) => ({ addOnCodes: codes.map(out.ref) }) },
  }),
  catalogList('sites', {
    label: 'Sites of service',
    describe: 'Typical sites of service; empty when the source gives none.',
    separator: '; ',
    filter: { key: 'site', label: 'Site of service' },
  }),
  catalogList('payers', {
    label: 'Payers reviewed',
    describe: 'Payers whose policies the source reviews.',
    separator: ', ',
    filter: { key: 'payer', label: 'Payer' },
  }),
  field({
    key: 'modifiers',
    label: 'Modifiers',
    frontmatter: (ref) => ({
      modifiers: z
        .array(
          z
            .object({
              modifier: ref('modifiers'),
              whenToUse: prose.optional().describe('Code-specific guidance; omitted when the source gives none.'),
              basis: z
                .enum(['source', 'general'])
                .describe('"source": the source documents list it; "general": general CPT rules make it apply.'),
            })
            .strict(),
        )
        .default([]),
    }),
    view: (d, { catalog }) =>
      d.modifiers.map((m): ModifierRow => {
        const modifier = must(catalog.modifiers, m.modifier.id);
        const { name, description } = modifier.data;
        return { id: modifier.id, name, description, whenToUse: m.whenToUse, basis: m.basis };
      }),
    export: {
      shape: {
        modifiers: z.array(
          z
            .object({ modifier: z.string(), name: z.string(), url: z.url(), whenToUse: z.string().nullable(), basis: z.enum(['source', 'general']) })
            .strict(),
        ),
      },
      value: (rows, out) => ({
        modifiers: rows.map((m) => ({ modifier: m.id, name: m.name, url: out.abs(modifierUrl(m.id)), whenToUse: m.whenToUse ?? null, basis: m.basis })),
      }),
    },
    filter: {
      key: 'modifier',
      label: 'Modifier',
      values: (d, { catalog }) => d.modifiers.map(({ modifier: { id } }) => ({ value: id, label: `${id}: ${must(catalog.modifiers, id).data.name}` })),
    },
    references: (d) => [{ path: 'modifiers', catalog: 'modifiers', ids: d.modifiers.map((m) => m.modifier.id) }],
    searchText: (d) => d.modifiers.map((m) => m.whenToUse ?? ''),
  }),
  field({
    key: 'related',
    label: 'Related codes',
    frontmatter: () => ({
      related: z
        .array(z.object({ code: codeString, note: prose }).strict())
        .default([])
        .describe('Codes a coder should look at next, each with why.'),
    }),
    view: (_, { code, catalog }) => catalog.relations.related(code),
    export: {
      shape: { related: z.array(exportedRef.extend({ note: z.string(), noteFrom: z.string() }).strict()) },
      value: (related, out) => ({ related: related.map((r) => ({ ...out.ref(r), note: r.note, noteFrom: r.noteFrom })) }),
    },
    references: (d) => [{ path: 'related', codes: d.related.map((r) => r.code) }],
    searchText: (d) => d.related.map((r) => r.note),
  }),
  field({
    key: 'familyNeighbours',
    label: 'Previous and next in family',
    view: (_, { code, catalog }) => catalog.relations.familyNeighbours(code),
    export: {
      shape: { previousInFamily: z.string().nullable(), nextInFamily: z.string().nullable() },
      value: ({ previous, next }) => ({ previousInFamily: previous ?? null, nextInFamily: next ?? null }),
    },
  }),
  field({
    key: 'dataGaps',
    label: 'Not available in the source documents',
    frontmatter: () => ({
      dataGaps: z.array(z.enum(DATA_GAP_IDS)).default([]).describe('Data the sources say is not available.'),
    }),
    view: (d) => d.dataGaps.map((g) => DATA_GAPS[g]),
    export: { shape: { dataGaps: z.array(z.string()) }, value: (dataGaps) => ({ dataGaps }) },
  }),
  field({
    key: 'lastReviewed',
    label: 'Last reviewed',
    frontmatter: () => ({ lastReviewed: z.date({ error: 'must be a date written as YYYY-MM-DD' }) }),
    view: (d) => d.lastReviewed,
    export: { shape: { lastReviewed: z.iso.date() }, value: (date) => ({ lastReviewed: isoDate(date) }) },
  }),
  field({
    key: 'deleted',
    label: 'Deleted',
    frontmatter: () => ({
      deleted: z
        .object({ year: cptYear, replacedBy: z.array(codeString).default([]) })
        .strict()
        .optional()
        .describe('Set when the code has been deleted from CPT; the page stays and points to replacements.'),
    }),
    view: (d, { catalog }) => d.deleted && { year: d.deleted.year, replacedBy: d.deleted.replacedBy.map((c) => catalog.relations.ref(c)) },
    references: (d) => [{ path: 'deleted.replacedBy', codes: d.deleted?.replacedBy ?? [] }],
  }),
  field({
    key: 'history',
    label: 'History',
    frontmatter: () => ({
      history: z
        .object({
          added: cptYear.optional().describe('The edition that added the code; omitted when the sources do not give it.'),
          revisions: z
            .array(z.object({ year: cptYear, text: listedProse('say what that edition changed, in your own words') }).strict())
            .default([])
            .describe('Editions that revised the code, oldest first, one entry per year.'),
        })
        .strict()
        .describe('Required, so every file says what is known: `history: { revisions: [] }` when nothing is.'),
    }),
    // Its deletion is the `deleted` field's; the History section shows both.
    view: (d) => d.history,
    export: {
      shape: {
        history: z
          .object({
            added: z.number().int().nullable(),
            revisions: z.array(z.object({ year: z.number().int(), text: z.string() }).strict()),
          })
          .strict(),
      },
      value: ({ added, revisions }) => ({ history: { added: added ?? null, revisions: revisions.map(({ year, text }) => ({ year, text })) } }),
    },
  }),
] as const;

/** Everything a code page shows, resolved from the catalog so components only render. */
export type CodeView = ViewOf<typeof CODE_FIELDS>;
