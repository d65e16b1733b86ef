import { z } from 'zod';
import { norwegianDate } from '../calendar/dates';

// Retention settings (content/retention): what archive law keeps of a pupil's follow-up and what is
// deleted, and when, after a case closes. Data, not code, so a municipality can follow its own
// bevarings- og kassasjonsplan; every entry carries its legal ground and its reason next to it.
// planErasure() applies the settings to the facts of one pupil — pure, with today as an argument.

/**
 * Record kinds a keep rule can protect. «absence» is the absence registrations (and their alerts).
 * «case-with-decision» is a case in which an enkeltvedtak was made (decision 225): rettighetsdokumentasjon.
 */
export const KEEP_RECORDS = [
  'absence',
  'case-with-referral',
  'case-with-assessment',
  'case-from-level',
  'case-with-decision',
] as const;
/**
 * Record kinds a delete rule can release. «school-environment» is a closed school environment matter (the
 * aktivitetsplikt, opplæringslova kapittel 12) with its steps and aktivitetsplan (decision 210). «archived-case»
 * (decision 224) is a case archive law keeps that has been handed over to the kommune's archive as a Noark 5
 * extract: the archive keeps it now, so Nærvær's copy may go `afterYears` after the handover. That rule is
 * optional: without it such a case is kept in Nærvær as before.
 */
export const DELETE_RECORDS = [
  'closed-case',
  'contact-log',
  'observation',
  'school-environment',
  'archived-case',
] as const;
const OPTIONAL_DELETE: readonly DeleteRecord[] = ['archived-case'];
export type DeleteRecord = (typeof DELETE_RECORDS)[number];

const REFERRAL_SERVICES = [
  'ppt',
  'bup',
  'barnevern',
  'helsestasjon',
  'fastlege',
  'kommunepsykolog',
  'spesialisthelsetjeneste',
] as const;
const ASSESSMENT_KINDS = ['sakkyndig-vurdering', 'sakkyndig-uttalelse', 'legeerklaering'] as const;

const slug = z
  .string({ error: 'mangler' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'bare små bokstaver a–z, sifre og bindestrek' });
const text = z.string({ error: 'mangler' }).trim().min(1, { error: 'kan ikke være tom' });

function obj<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`
        : issue.input === undefined
          ? 'mangler'
          : 'må være et objekt',
  });
}

// Every rule says why, and on what legal ground: the file is read by people, not only by the app.
const explained = { id: slug, title: text, law: text, why: text };

const keepRule = z.discriminatedUnion(
  'records',
  [
    obj({ ...explained, records: z.literal('absence') }),
    obj({
      ...explained,
      records: z.literal('case-with-referral'),
      services: z
        .array(z.enum(REFERRAL_SERVICES, { error: `må være en av ${REFERRAL_SERVICES.join(', ')}` }), {
          error: 'må være en liste av tjenester',
        })
        .min(1, { error: 'minst én tjeneste' }),
    }),
    obj({
      ...explained,
      records: z.literal('case-with-assessment'),
      kinds: z
        .array(z.enum(ASSESSMENT_KINDS, { error: `må være en av ${ASSESSMENT_KINDS.join(', ')}` }), {
          error: 'må være en liste',
        })
        .min(1, { error: 'minst én type' }),
    }),
    obj({
      ...explained,
      records: z.literal('case-from-level'),
      level: z
        .number({ error: 'må være et tall' })
        .int({ error: 'må være et heltall' })
        .min(0, { error: 'kan ikke være negativ' })
        .max(9, { error: 'høyst 9' }),
    }),
    obj({ ...explained, records: z.literal('case-with-decision') }),
  ],
  { error: `må være en av ${KEEP_RECORDS.join(', ')}` },
);

const deleteRule = obj({
  ...explained,
  records: z.enum(DELETE_RECORDS, { error: `må være en av ${DELETE_RECORDS.join(', ')}` }),
  afterYears: z
    .number({ error: 'må være et tall (år)' })
    .int({ error: 'må være et helt antall år' })
    .min(0, { error: 'kan ikke være negativ' })
    .max(100, { error: 'høyst 100 år' }),
});

const retentionSchema = obj({
  id: slug,
  name: text,
  source: text,
  description: text,
  keep: z.array(keepRule, { error: 'må være en liste' }).min(1, { error: 'minst én regel: fravær bevares alltid' }),
  delete: z.array(deleteRule, { error: 'må være en liste' }),
  interpretation: z.array(z.string(), { error: 'må være en liste av tekster' }).default([]),
});

export type Retention = z.output<typeof retentionSchema>;
export type KeepRule = Retention['keep'][number];
export type DeleteRule = Retention['delete'][number];

function describePath(data: unknown, path: readonly PropertyKey[]): string {
  // Name a rule by its id, so the author finds it in the file.
  if ((path[0] === 'keep' || path[0] === 'delete') && typeof path[1] === 'number') {
    const list = (data as Record<string, unknown> | null)?.[path[0]];
    const rule = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | undefined) : undefined;
    const name = `${path[0]}[${path[1]}]${typeof rule?.id === 'string' ? ` «${rule.id}»` : ''}`;
    const rest = path.slice(2).map(String).join('.');
    return rest ? `${name}: ${rest}` : name;
  }
  return path.map(String).join('.') || '(fila)';
}

/** Validates retention settings; errors are Norwegian lines `FIL: keep[1] «id»: felt: årsak`. */
export function parseRetention(
  data: unknown,
  fileName: string,
): { ok: true; retention: Retention } | { ok: false; errors: string[] } {
  const result = retentionSchema.safeParse(data);
  if (!result.success)
    return {
      ok: false,
      errors: result.error.issues.map((i) => `${fileName}: ${describePath(data, i.path)}: ${i.message}`),
    };
  const r = result.data;
  const errors: string[] = [];
  const ids = new Set<string>();
  [
    ...r.keep.map((x, i) => [x, `keep[${i}]`] as const),
    ...r.delete.map((x, i) => [x, `delete[${i}]`] as const),
  ].forEach(([rule, at]) => {
    if (ids.has(rule.id)) errors.push(`${fileName}: ${at} «${rule.id}»: id: brukt av mer enn én regel`);
    ids.add(rule.id);
  });
  // Absence registrations feed the diploma (000 §7) and the elevmappe: a file that lets them go is wrong.
  if (!r.keep.some((k) => k.records === 'absence'))
    errors.push(
      `${fileName}: keep: mangler regel med "records": "absence" — fravær føres på vitnemålet og skal bevares`,
    );
  for (const kind of DELETE_RECORDS) {
    const n = r.delete.filter((d) => d.records === kind).length;
    if (n === 0 && !OPTIONAL_DELETE.includes(kind))
      errors.push(
        `${fileName}: delete: mangler regel for «${kind}» (skriv når det slettes, i år etter at saken er avsluttet)`,
      );
    if (n > 1) errors.push(`${fileName}: delete: mer enn én regel for «${kind}»`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, retention: r };
}

/** What planErasure needs to know about one of the pupil's cases. */
export type CaseFacts = {
  id: string;
  status: 'open' | 'closed';
  openedOn: string;
  /** The day the case was closed (YYYY-MM-DD); null while open. */
  closedOn: string | null;
  /** The highest level the case ever reached. */
  maxLevel: number;
  referralServices: string[];
  assessmentKinds: string[];
  /** The days an enkeltvedtak was made in the case (YYYY-MM-DD); a draft or a forhåndsvarsel is not one. */
  decidedOn: string[];
  /** The first day an extract holding the case was handed over to the archive (YYYY-MM-DD), if it was. */
  handedOverOn?: string | null;
};

/** What planErasure needs to know about one of the pupil's school environment matters. */
export type MatterRetentionFacts = {
  id: string;
  status: 'open' | 'closed';
  /** The day the school learned of it (YYYY-MM-DD): how the matter is named to the reader. */
  knownOn: string;
  /** The day it was closed; null while open. */
  closedOn: string | null;
};

export type PupilFacts = {
  cases: CaseFacts[];
  /** The pupil's school environment matters (decision 210): their own matter, with their own rule. */
  matters: MatterRetentionFacts[];
  contacts: { id: string; on: string }[];
  observations: { id: string; on: string }[];
  absenceRecords: number;
};

export type Protection = {
  ruleId: string;
  title: string;
  law: string;
  why: string;
  caseId: string | null;
  what: string;
};

export type ErasurePlan =
  | { outcome: 'refused-open-case'; caseIds: string[] }
  | { outcome: 'refused-open-matter'; matterIds: string[] }
  | { outcome: 'refused-archive'; protections: Protection[] }
  | { outcome: 'refused-too-early'; waits: { ruleId: string; title: string; what: string; from: string }[] }
  | {
      outcome: 'erase';
      caseIds: string[];
      contactIds: string[];
      observationIds: string[];
      /** The closed school environment matters erased, each with the day the school learned of it. */
      matters: { id: string; knownOn: string }[];
      kept: Protection[];
      /** The erased cases that had been handed over to the archive, and when (for the deletion report). */
      archived: { caseId: string; openedOn: string; handedOverOn: string }[];
    };

/** The date `years` after an ISO date (29 February lands on 1 March in a common year). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

function caseProtections(rules: KeepRule[], c: CaseFacts): Protection[] {
  const label = `Saken åpnet ${norwegianDate(c.openedOn)} (høyeste nivå ${c.maxLevel})`;
  const out: Protection[] = [];
  for (const rule of rules) {
    const base = { ruleId: rule.id, title: rule.title, law: rule.law, why: rule.why, caseId: c.id };
    if (rule.records === 'case-with-referral') {
      const hit = c.referralServices.filter((s) => rule.services.includes(s as never));
      if (hit.length) out.push({ ...base, what: `${label}: henvisning til ${[...new Set(hit)].join(', ')}` });
    } else if (rule.records === 'case-with-assessment') {
      const hit = c.assessmentKinds.filter((k) => rule.kinds.includes(k as never));
      if (hit.length) out.push({ ...base, what: `${label}: ${[...new Set(hit)].join(', ')}` });
    } else if (rule.records === 'case-from-level' && c.maxLevel >= rule.level) {
      out.push({ ...base, what: `${label}: nådde nivå ${rule.level} eller høyere` });
    } else if (rule.records === 'case-with-decision' && c.decidedOn.length) {
      const days = [...new Set(c.decidedOn)].sort().map(norwegianDate);
      out.push({ ...base, what: `${label}: vedtak fattet ${days.join(', ')}` });
    }
  }
  return out;
}

/**
 * Whether one pupil's case data may be erased today under the settings, and what: refused while a case
 * or a school environment matter is open, refused (all of it) when archive law keeps any case, refused when a delete rule's waiting time
 * has not run out; otherwise the cases, contact log entries, observations and school environment matters to erase. Pupil-level
 * records (contacts, observations) count their years from the last closing of a case, or from their own
 * date when the pupil has had no case. What is always kept (absence) is listed with the reason.
 */
export function planErasure(retention: Retention, facts: PupilFacts, today: string): ErasurePlan {
  const open = facts.cases.filter((c) => c.status === 'open');
  if (open.length) return { outcome: 'refused-open-case', caseIds: open.map((c) => c.id) };
  // The school is still at work in an open matter (§ 12-4): nothing of the pupil goes while it is.
  const openMatters = facts.matters.filter((m) => m.status === 'open');
  if (openMatters.length) return { outcome: 'refused-open-matter', matterIds: openMatters.map((m) => m.id) };

  // A case archive law keeps stays, unless it has been handed over to the archive and the kommune's file has a
  // rule for handed-over cases: then that rule's years, counted from the handover, decide (decision 224).
  const archivedRule = retention.delete.find((d) => d.records === 'archived-case');
  const released = new Set<string>();
  const protections = facts.cases.flatMap((c) => {
    const p = caseProtections(retention.keep, c);
    if (p.length && archivedRule && c.handedOverOn) {
      released.add(c.id);
      return [];
    }
    return p;
  });
  if (protections.length) return { outcome: 'refused-archive', protections };

  const rule = (kind: DeleteRecord) => retention.delete.find((d) => d.records === kind)!;
  const lastClosed =
    facts.cases
      .map((c) => c.closedOn!)
      .sort()
      .at(-1) ?? null;
  const waits: { ruleId: string; title: string; what: string; from: string }[] = [];
  const due = (kind: DeleteRecord, what: string, since: string) => {
    const r = rule(kind);
    const from = addYears(since, r.afterYears);
    if (from > today) waits.push({ ruleId: r.id, title: r.title, what, from });
  };
  for (const c of facts.cases) {
    const what = `Saken åpnet ${norwegianDate(c.openedOn)}`;
    if (released.has(c.id))
      due('archived-case', `${what} (overført til arkivet ${norwegianDate(c.handedOverOn!)})`, c.handedOverOn!);
    else due('closed-case', what, c.closedOn!);
  }
  // A closed matter counts its own years from its closing, not the absence case's (decision 210).
  for (const m of facts.matters)
    due('school-environment', `Skolemiljøsaken meldt ${norwegianDate(m.knownOn)}`, m.closedOn!);
  const latest = (rows: { on: string }[]) =>
    rows
      .map((r) => (lastClosed && lastClosed > r.on ? lastClosed : r.on))
      .sort()
      .at(-1);
  const contactsSince = latest(facts.contacts);
  if (contactsSince) due('contact-log', `Kontaktloggen (${facts.contacts.length} oppføringer)`, contactsSince);
  const observationsSince = latest(facts.observations);
  if (observationsSince) due('observation', `Observasjonene (${facts.observations.length})`, observationsSince);
  if (waits.length) return { outcome: 'refused-too-early', waits };

  const kept: Protection[] = facts.absenceRecords
    ? retention.keep
        .filter((k) => k.records === 'absence')
        .map((k) => ({
          ruleId: k.id,
          title: k.title,
          law: k.law,
          why: k.why,
          caseId: null,
          what: `Fraværsregistreringene (${facts.absenceRecords}) og varslene om dem`,
        }))
    : [];
  return {
    outcome: 'erase',
    caseIds: facts.cases.map((c) => c.id),
    contactIds: facts.contacts.map((c) => c.id),
    observationIds: facts.observations.map((o) => o.id),
    matters: facts.matters.map((m) => ({ id: m.id, knownOn: m.knownOn })),
    kept,
    archived: facts.cases.flatMap((c) =>
      c.handedOverOn ? [{ caseId: c.id, openedOn: c.openedOn, handedOverOn: c.handedOverOn }] : [],
    ),
  };
}
