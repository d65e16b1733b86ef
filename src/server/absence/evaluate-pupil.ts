// Re-evaluates pupils after every change that can move their alerts: a registration, a correction, an
// import, an observation, a switch of rule profile, an edited rule, a changed skolerute. The school's
// profile is replayed over the school year up to today and the episodes become stored alerts by the plan
// of src/domain/absence/alert-sync.ts: nothing is lost to a change of rules, and an episode that goes on
// keeps its status. Batched: one query each for the events, the observations, the alerts and their
// contacts, whatever the number of pupils (an import touches thousands).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { alertEpisodes, type AlertEpisode } from '../../domain/absence/alert-episodes';
import { planAlertSync, ruleSignature, type StoredAlert } from '../../domain/absence/alert-sync';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import type { Profile } from '../../domain/rules/profile-schema';
import type { Tx } from '../../db/create-db';
import type { AlertExplanation } from '../../db/schema';
import { classCalendar, classCalendars } from './calendar';
import { classPlaces, type PupilPlace } from './place';
import { resolveProfile } from './profiles';
import { osloDate } from '../clock';
import { parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import type { Content } from '../content/load-content';

export async function loadPupilEvents(tx: Tx, pupilId: string, from: string, to: string) {
  return tx
    .selectFrom('absence_event')
    .selectAll()
    .where('pupil_id', '=', pupilId)
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('period')
    .execute();
}

export function toDomainEvent(e: {
  pupil_id: string;
  date: string;
  kind: AbsenceEvent['kind'];
  subject: string | null;
  period: number | null;
  minutes: number | null;
  documented: boolean;
  reason: AbsenceEvent['reason'];
  source: AbsenceEvent['source'];
}): AbsenceEvent {
  return {
    studentId: e.pupil_id,
    date: e.date,
    kind: e.kind,
    subject: e.subject,
    period: e.period,
    minutes: e.minutes,
    documented: e.documented,
    reason: e.reason,
    source: e.source,
  };
}

/** Why alerts move in this re-evaluation. Without it, registrations changed: the rules are the same. */
export type RulesChange = {
  /** Why current-profile alerts that are no longer computed are retired (their status is kept). */
  retireReason: string;
  /** Episodes first found already over are history, stored as dismissed with this reason. */
  pastReason: string;
  /** Why alerts of the profile the school left stop (a switch of profile); otherwise a general reason. */
  switchReason?: string;
};

/** Why an alert of another profile than the school's stops: the school switched, or the pupil moved. */
const OTHER_PROFILE = 'Regelsettet er byttet: skolen følger nå et annet regelsett.';

const IDS_PER_QUERY = 5000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function profilesById(tx: Tx, content: Content, ids: Iterable<string>): Promise<Map<string, Profile | null>> {
  const out = new Map<string, Profile | null>();
  for (const id of new Set(ids)) {
    try {
      out.set(id, await resolveProfile(tx, content, id));
    } catch {
      // A profile that cannot be read any more: its alerts keep their rows, without a signature.
      out.set(id, null);
    }
  }
  return out;
}

/** The signature and kind of every rule of a profile, by rule id. */
function ruleFacts(profile: Profile | null): Map<string, { signature: string; observation: boolean }> {
  return new Map(
    (profile?.rules ?? []).map((r) => [r.id, { signature: ruleSignature(r), observation: r.kind === 'observation' }]),
  );
}

/** Episodes of the school's profile for one pupil as of `today`. */
function episodesOf(
  profile: Profile,
  calendar: CompiledCalendar,
  events: AbsenceEvent[],
  observations: { rule_id: string | null; observed_on: string; kind: string }[],
  today: string,
): AlertEpisode[] {
  return alertEpisodes(
    profile,
    calendar,
    events,
    observations.map((o) => ({
      ruleId: o.rule_id,
      observedOn: o.observed_on,
      kind: o.kind,
    })),
    today,
  );
}

/** An event's columns in the rule engine's shape (`AbsenceEvent`), straight from the driver with no second object. */
export const ENGINE_EVENT_COLUMNS = [
  'pupil_id as studentId',
  'date',
  'kind',
  'subject',
  'period',
  'minutes',
  'documented',
  'reason',
  'source',
] as const;

/** The advisory-lock space of a pupil's alerts: the first key of `pg_advisory_xact_lock(int, int)`. */
const ALERT_LOCK_SPACE = 1417;

function explanationOf(e: AlertEpisode): AlertExplanation {
  const { ruleId: _r, startedOn: _s, endedOn: _e, ...explanation } = e;
  return explanation;
}

/**
 * Brings one pupil's stored alerts in line with the episodes as of today. A use-case that has just read
 * the class's calendar (and changed nothing in it) passes it on, which spares reading it again.
 */
export async function reevaluatePupil(
  tx: Tx,
  content: Content,
  kommuneId: string,
  place: PupilPlace,
  today: string,
  now: Date,
  change?: RulesChange,
  calendar?: CompiledCalendar,
): Promise<void> {
  await reevaluatePupils(
    tx,
    content,
    kommuneId,
    [place],
    today,
    now,
    change,
    calendar ? new Map([[place.classId, calendar]]) : undefined,
  );
}

/** Brings the stored alerts of many pupils in line with the episodes of their schools' profiles as of today. */
export async function reevaluatePupils(
  tx: Tx,
  content: Content,
  kommuneId: string,
  places: readonly PupilPlace[],
  today: string,
  now: Date,
  change?: RulesChange,
  known?: ReadonlyMap<string, CompiledCalendar>,
): Promise<void> {
  if (places.length === 0) return;
  const calendars = new Map<string, CompiledCalendar>(known);
  const unknown = places.filter((p) => !calendars.has(p.classId));
  if (unknown.length > 1) for (const [id, c] of await classCalendars(tx, unknown)) calendars.set(id, c);
  // One class alone, or one without a skolerute (classCalendar says so, as before).
  for (const place of unknown)
    if (!calendars.has(place.classId)) calendars.set(place.classId, (await classCalendar(tx, place)).calendar);
  const firstDay = [...calendars.values()].reduce(
    (min, c) => (c.source.firstDay < min ? c.source.firstDay : min),
    today,
  );
  const pupilIds = places.map((p) => p.pupilId);
  // Two registrations for one pupil at once (two teachers, or a teacher and a guardian) would each read the
  // alerts before the other's commit and insert the same episode twice: the second broke the alert's unique
  // key and answered 500. A lock per pupil, held to the end of the transaction and taken in one order, makes
  // the later one wait and then read what the first wrote (each statement sees what has committed).
  await sql`select pg_advisory_xact_lock(${ALERT_LOCK_SPACE}, hashtext(id::text))
    from unnest(${[...pupilIds].sort()}::uuid[]) as id`.execute(tx);

  const events = new Map<string, AbsenceEvent[]>();
  const observations = new Map<string, { rule_id: string | null; observed_on: string; kind: string }[]>();
  const stored = new Map<string, Awaited<ReturnType<typeof loadAlerts>>>();
  const contacted = new Set<string>();
  for (const ids of chunks(pupilIds, IDS_PER_QUERY)) {
    // In the engine's shape straight from the driver (an import re-reads a million rows: no second object each).
    const rows: AbsenceEvent[] = await tx
      .selectFrom('absence_event')
      .select(ENGINE_EVENT_COLUMNS)
      .where('pupil_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .where('date', '>=', firstDay)
      .where('date', '<=', today)
      .execute();
    for (const r of rows) push(events, r.studentId, r);
    for (const o of await tx
      .selectFrom('observation')
      .select(['pupil_id', 'rule_id', 'observed_on', 'kind'])
      .where('pupil_id', 'in', ids)
      .where('rule_id', 'is not', null)
      .execute())
      push(observations, o.pupil_id, o);
    for (const a of await loadAlerts(tx, ids)) {
      push(stored, a.pupil_id, a);
      if (a.has_contact) contacted.add(a.id);
    }
  }
  const profiles = await profilesById(tx, content, [
    ...places.map((p) => p.profileId),
    ...[...stored.values()].flat().map((a) => a.profile),
  ]);
  const facts = new Map([...profiles].map(([id, p]) => [id, ruleFacts(p)]));

  const inserts: Record<string, unknown>[] = [];
  const deletes: string[] = [];
  for (const place of places) {
    const profile = profiles.get(place.profileId);
    if (!profile) throw new Error(`Regelprofilen «${place.profileId}» kan ikke leses.`);
    const calendar = calendars.get(place.classId)!;
    const own = (events.get(place.pupilId) ?? []).filter((e) => e.date >= calendar.source.firstDay);
    const found = episodesOf(profile, calendar, own, observations.get(place.pupilId) ?? [], today);
    const signatures = facts.get(place.profileId)!;
    const rows = stored.get(place.pupilId) ?? [];
    const existing: StoredAlert[] = rows.map((a) => {
      const fact = facts.get(a.profile)?.get(a.rule_id);
      return {
        id: a.id,
        profile: a.profile,
        ruleId: a.rule_id,
        startedOn: a.started_on,
        endedOn: a.ended_on,
        status: a.status,
        dismissReason: a.dismiss_reason,
        retiredOn: a.retired_at ? new Date(a.retired_at).toISOString().slice(0, 10) : null,
        handledContactId: a.handled_contact_id,
        hasContact: contacted.has(a.id),
        signature: fact?.signature ?? null,
        observation: fact?.observation ?? false,
      };
    });
    const byKey = new Map(found.map((f) => [`${f.ruleId}|${f.startedOn}`, f]));
    const plan = planAlertSync(
      found.map((f) => ({
        ruleId: f.ruleId,
        startedOn: f.startedOn,
        endedOn: f.endedOn,
        signature: signatures.get(f.ruleId)?.signature ?? '',
      })),
      existing,
      {
        profile: place.profileId,
        today,
        rulesChanged: change?.retireReason ?? null,
        otherProfile: change?.switchReason ?? OTHER_PROFILE,
        pastAsHistory: change?.pastReason ?? null,
      },
    );
    const rowById = new Map(rows.map((a) => [a.id, a]));
    for (const r of plan.retire) {
      await tx
        .updateTable('alert')
        .set({ retired_at: now, retired_reason: r.reason, updated_at: now })
        .where('id', '=', r.id)
        .execute();
    }
    deletes.push(...plan.delete);
    for (const k of plan.keep) {
      const old = rowById.get(k.id)!;
      const explanation = JSON.stringify(explanationOf(byKey.get(`${k.episode.ruleId}|${k.episode.startedOn}`)!));
      const carried = k.carry
        ? {
            status: k.carry.status,
            dismiss_reason: k.carry.dismissReason,
            handled_contact_id: k.carry.handledContactId,
            continues_alert_id: k.carry.continuesId,
          }
        : {};
      if (
        !k.unretire &&
        !k.carry &&
        old.ended_on === k.episode.endedOn &&
        canonicalJson(old.explanation) === canonicalJson(JSON.parse(explanation))
      )
        continue;
      // The episode grew, ended or came back: the alert follows it, without counting as someone's edit.
      await tx
        .updateTable('alert')
        .set({
          ended_on: k.episode.endedOn,
          explanation,
          updated_at: now,
          ...(k.unretire ? { retired_at: null, retired_reason: null } : {}),
          ...carried,
        })
        .where('id', '=', k.id)
        .execute();
    }
    for (const i of plan.insert) {
      const episode = byKey.get(`${i.episode.ruleId}|${i.episode.startedOn}`)!;
      inserts.push({
        id: randomUUID(),
        kommune_id: kommuneId,
        pupil_id: place.pupilId,
        class_id: place.classId,
        school_id: place.schoolId,
        profile: place.profileId,
        rule_id: episode.ruleId,
        started_on: episode.startedOn,
        ended_on: episode.endedOn,
        explanation: JSON.stringify(explanationOf(episode)),
        created_at: now,
        updated_at: now,
        status: i.status,
        dismiss_reason: i.dismissReason,
        handled_contact_id: i.handledContactId,
        continues_alert_id: i.continuesId,
      });
    }
  }
  for (const ids of chunks(deletes, IDS_PER_QUERY)) {
    await tx.updateTable('alert').set({ continues_alert_id: null }).where('continues_alert_id', 'in', ids).execute();
    await tx.deleteFrom('alert').where('id', 'in', ids).execute();
  }
  for (const batch of chunks(inserts, 500))
    await tx
      .insertInto('alert')
      .values(batch as never)
      .execute();
}

/** JSON with sorted keys: jsonb does not keep the key order it was given. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Re-evaluates every pupil of the school's classes this school year after its rules or calendar changed. */
export async function reevaluateSchool(
  tx: Tx,
  content: Content,
  kommuneId: string,
  schoolId: string,
  now: Date,
  change: RulesChange,
): Promise<void> {
  const today = osloDate(now);
  const year = schoolYearStarting(parseIsoDate(today)!);
  const classes = await tx
    .selectFrom('class')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('school_year', '=', year)
    .execute();
  const places = [];
  for (const c of classes) places.push(...(await classPlaces(tx, c.id)));
  await reevaluatePupils(tx, content, kommuneId, places, today, now, change);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function loadAlerts(tx: Tx, pupilIds: string[]) {
  return tx
    .selectFrom('alert')
    .select([
      'id',
      'pupil_id',
      'profile',
      'rule_id',
      'started_on',
      'ended_on',
      'status',
      'dismiss_reason',
      'retired_at',
      'handled_contact_id',
      'explanation',
      // Whether a contact is logged on it, in the same round trip (index contact_log_alert, migration 0039).
      sql<boolean>`exists (select 1 from contact_log c where c.alert_id = alert.id)`.as('has_contact'),
    ])
    .where('pupil_id', 'in', pupilIds)
    .execute();
}
