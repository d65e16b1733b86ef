import { z } from 'zod';
import {
  CAUSE_CARD_CODES,
  CAUSE_CARDS,
  CAUSE_DETAIL_CODES,
  CAUSE_DETAILS,
  type CauseCard,
  type CauseDetail,
} from './causes';

// The measures catalogue (tiltaksbank) is municipal content kept as data (content/measures), like rule
// profiles and ladders: a municipality can add or reword measures without a release. This schema is the
// contract; every error names the file, the group, the measure and the field in Norwegian.

/** Where a measure is carried out: at school, at home, or both. */
export const PLACES = { skole: 'På skolen', hjem: 'Hjemme', begge: 'På skolen og hjemme' } as const;
export type Place = keyof typeof PLACES;
const PLACE_CODES = Object.keys(PLACES) as [Place, ...Place[]];

/** The levels of the tiltakstrapp (000 §5). */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

const slug = z
  .string({ error: 'mangler' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' });
const text = (missing = 'mangler') => z.string({ error: missing }).trim().min(1, { error: 'kan ikke være tom' });
// Every choice made when turning prose into data, written next to the item.
const interpretation = z
  .array(z.string({ error: 'må være en tekst' }), { error: 'må være en liste av tekster' })
  .default([]);
const level = z.union(
  LEVELS.map((l) => z.literal(l)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>],
  { error: 'nivå må være 0, 1, 2 eller 3' },
);
const levels = z
  .array(level, { error: 'må være en liste av nivå (0–3)' })
  .refine((ls) => new Set(ls).size === ls.length, { error: 'samme nivå står flere ganger' });
const place = z.enum(PLACE_CODES, {
  error: (i) => `ukjent sted «${String(i.input)}» (gyldige: ${PLACE_CODES.join(', ')})`,
});

// Objects refuse unknown fields (a typo must not pass silently) and say so in Norwegian.
function obj<T extends z.ZodRawShape>(shape: T, what = 'et objekt') {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`
        : issue.input === undefined
          ? 'mangler'
          : `må være ${what}`,
  });
}

const card = z.enum(CAUSE_CARD_CODES, {
  error: (i) => `ukjent årsakskort «${String(i.input)}» (gyldige: ${CAUSE_CARD_CODES.join(', ')})`,
});
const detailCode = z.enum(CAUSE_DETAIL_CODES, {
  error: (i) => `ukjent utdyping «${String(i.input)}» (gyldige: ${CAUSE_DETAIL_CODES.join(', ')})`,
});

// A link from a measure to what the årsakskartlegging found: a card, utdypinger, or a card with the
// utdypinger that make it concrete («Noe på skolen kjennes vanskelig» + «Gym – skifte i garderobe»).
const causeTag = obj(
  {
    card: card.optional(),
    details: z
      .array(detailCode, { error: 'må være en liste av utdypinger' })
      .min(1, { error: 'minst én utdyping, eller utelat feltet' })
      .optional(),
  },
  'et objekt med «card» og/eller «details»',
).refine((t) => t.card !== undefined || t.details !== undefined, {
  error: 'en årsak må ha «card», «details» eller begge',
});

const measureSchema = obj({
  id: slug,
  // The measure in the source's words (a long item: its first sentence; the rest is the description).
  title: text(),
  description: text().optional(),
  // The section, where it is narrower than the group's (000 §6 subsections).
  section: text().optional(),
  // Overrides the group's levels where the source says something for this measure.
  levels: levels.optional(),
  place: place.optional(),
  causes: z.array(causeTag, { error: 'må være en liste av årsaker' }).default([]),
  interpretation,
});

const groupSchema = obj({
  id: slug,
  title: text(),
  // Where in the source document the group stands.
  section: text('mangler (hvor i kildedokumentet gruppa står)'),
  // The source's own lead text for the group, where it has one.
  intro: text().optional(),
  levels,
  // Required when the source gives no level: say so, and why.
  levelsNote: text().optional(),
  place,
  measures: z.array(measureSchema, { error: 'må være en liste' }).min(1, { error: 'minst ett tiltak' }),
  interpretation,
});

export const catalogueSchema = obj(
  {
    id: slug,
    name: text(),
    // The source document's key (000, 001 … or a municipality's own) and its title.
    document: text(),
    source: text(),
    groups: z.array(groupSchema, { error: 'må være en liste' }).min(1, { error: 'minst én gruppe' }),
    interpretation,
  },
  'et JSON-objekt',
);

export type MeasureCatalogue = z.output<typeof catalogueSchema>;

export type CauseTag = { card?: CauseCard; details?: CauseDetail[] };

/** One measure as the app uses it: its group, source, levels and place resolved. */
export type Measure = {
  id: string;
  title: string;
  description?: string;
  catalogue: string;
  group: { id: string; title: string };
  source: { document: string; section: string };
  /** Empty when the source gives no level; `levelsNote` says why. */
  levels: Level[];
  levelsNote?: string;
  place: Place;
  causes: CauseTag[];
  interpretation: string[];
};

export type ParsedCatalogue =
  | { ok: true; catalogue: MeasureCatalogue; measures: Measure[] }
  | { ok: false; errors: string[] };

// «gruppe «x»: tiltak «y»: causes.0.card» reads better than «groups.3.measures.7.causes.0.card».
function describePath(data: unknown, path: PropertyKey[]): string {
  const segments: string[] = [];
  let field: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const parentKey = path[i - 1];
    if (typeof key === 'number' && (parentKey === 'groups' || parentKey === 'measures') && field.length === 1) {
      const id = next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      segments.push(
        `${parentKey === 'groups' ? 'gruppe' : 'tiltak'} ${typeof id === 'string' ? `«${id}»` : `nr. ${key + 1}`}`,
      );
      field = [];
    } else field.push(String(key));
    node = next;
  }
  if (field.length > 0) segments.push(field.join('.'));
  return segments.join(': ');
}

/** Validates a catalogue file's data; the errors are Norwegian lines naming the file and the path. */
export function parseMeasureCatalogue(data: unknown, fileName: string): ParsedCatalogue {
  const parsed = catalogueSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${fileName}: ${i.path.length ? `${describePath(data, i.path)}: ` : ''}${i.message}`,
      ),
    };
  }
  const catalogue = parsed.data;
  const errors: string[] = [];
  const seenIds = new Set<string>();
  const seenGroups = new Set<string>();
  const measures: Measure[] = [];
  for (const group of catalogue.groups) {
    if (seenGroups.has(group.id)) errors.push(`${fileName}: gruppe «${group.id}»: id: finnes fra før i fila`);
    seenGroups.add(group.id);
    for (const m of group.measures) {
      const where = `${fileName}: gruppe «${group.id}»: tiltak «${m.id}»`;
      if (seenIds.has(m.id)) errors.push(`${where}: id: finnes fra før i fila`);
      seenIds.add(m.id);
      const lv = m.levels ?? group.levels;
      if (lv.length === 0 && !group.levelsNote)
        errors.push(`${where}: levels: kilden gir ikke nivå; skriv hvorfor i gruppas «levelsNote»`);
      measures.push({
        id: m.id,
        title: m.title,
        ...(m.description ? { description: m.description } : {}),
        catalogue: catalogue.id,
        group: { id: group.id, title: group.title },
        source: { document: catalogue.document, section: m.section ?? group.section },
        levels: [...lv].sort((a, b) => a - b),
        ...(lv.length === 0 && group.levelsNote ? { levelsNote: group.levelsNote } : {}),
        place: m.place ?? group.place,
        causes: m.causes.map((c) => ({
          ...(c.card ? { card: c.card } : {}),
          ...(c.details ? { details: c.details } : {}),
        })),
        interpretation: m.interpretation,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalogue, measures };
}

/** Several catalogues as one list; measure ids and group ids must be unique across all of them. */
export function combineCatalogues(
  parsed: { fileName: string; measures: Measure[] }[],
): { ok: true; measures: Measure[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const where = new Map<string, string>();
  const groupOwner = new Map<string, string>();
  for (const { fileName, measures } of parsed) {
    for (const m of measures) {
      const before = where.get(m.id);
      if (before && before !== fileName) errors.push(`${fileName}: tiltak «${m.id}»: id: brukes også i ${before}`);
      where.set(m.id, fileName);
      const owner = groupOwner.get(m.group.id);
      if (owner && owner !== fileName) errors.push(`${fileName}: gruppe «${m.group.id}»: id: brukes også i ${owner}`);
      groupOwner.set(m.group.id, fileName);
    }
  }
  return errors.length > 0
    ? { ok: false, errors: [...new Set(errors)] }
    : { ok: true, measures: parsed.flatMap((p) => p.measures) };
}

/** The label of a tag's card and utdypinger, for explanations. */
export function causeLabels(tag: CauseTag): string[] {
  return [...(tag.card ? [CAUSE_CARDS[tag.card]] : []), ...(tag.details ?? []).map((d) => CAUSE_DETAILS[d].label)];
}
