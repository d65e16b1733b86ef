// The re-evaluation after an import, in bulk (decision 167). An import of a million rows touches tens of
// thousands of pupils; reading their events back through the driver and writing their alerts 500 rows a
// statement was most of the import's time (docs/bench/import-2026-12-06.md). Here the pupils are
// evaluated from the rows the import holds in columns plus their earlier events (read before the import's
// first batch naming them goes in, one query per 5 000 pupils), and their new alerts are written with one
// INSERT … SELECT from unnest per 2 000 alerts, each sent as soon as it is full so that the database
// inserts it while the next pupils are evaluated (decision 175).
//
// Only pupils whose alerts are all new take this path: no stored alert, no observation tied to a rule,
// and every row of theirs in the file went in (a row already present may differ from the file's). The
// others — a few in a normal import — go through reevaluatePupils, which plans against what is stored.
// Both give the same episodes and the same alerts (tests/integration/import-reevaluate-bulk.test.ts).
import { sql } from 'kysely';
import { alertEpisodes } from '../../domain/absence/alert-episodes';
import { planAlertSync, ruleSignature } from '../../domain/absence/alert-sync';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import type { Profile } from '../../domain/rules/profile-schema';
import type { Tx } from '../../db/create-db';
import { arrayLiteral } from '../../db/array-literal';
import { classCalendar, classCalendars } from './calendar';
import { reevaluatePupils } from './evaluate-pupil';
import type { ImportedEvents } from './imported-events';
import type { PupilPlace } from './place';
import { resolveProfile } from './profiles';
import type { Content } from '../content/load-content';

const IDS_PER_QUERY = 5000;
const ALERTS_PER_STATEMENT = 2_000;

/** The pupils an import added events for, with those events as imported (in the engine's shape). */
export type ImportedPupils = {
  places: readonly PupilPlace[];
  /** The file's accepted rows. */
  events: ImportedEvents;
  /** Rows the insert added, by pupil id (fewer than `events` when some were already present). */
  inserted: ReadonlyMap<string, number>;
  /** Their events stored before the import (`earlierEvents`, read before its insert). */
  earlier: ReadonlyMap<string, AbsenceEvent[]>;
};

/** Alerts to insert, one array per column; the explanations (JSON texts) go as one JSON array, parsed once. */
class AlertColumns {
  pupil: string[] = [];
  klass: string[] = [];
  school: string[] = [];
  profile: string[] = [];
  rule: string[] = [];
  started: string[] = [];
  ended: (string | null)[] = [];
  explanation: string[] = [];
  status: string[] = [];
  dismissReason: (string | null)[] = [];
  get size(): number {
    return this.pupil.length;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Pupils with a stored alert or an observation tied to a rule: their alerts must be planned against what is stored. */
async function withStoredState(tx: Tx, pupilIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const ids of chunks(pupilIds, IDS_PER_QUERY)) {
    const list = arrayLiteral(ids);
    const rows = await sql<{ pupil_id: string }>`
      select pupil_id from alert where pupil_id = any(${list}::uuid[])
      union
      select pupil_id from observation where pupil_id = any(${list}::uuid[]) and rule_id is not null`.execute(tx);
    for (const r of rows.rows) out.add(r.pupil_id);
  }
  return out;
}

async function calendarsOf(tx: Tx, places: readonly PupilPlace[]): Promise<Map<string, CompiledCalendar>> {
  const calendars = places.length > 1 ? await classCalendars(tx, places) : new Map<string, CompiledCalendar>();
  // One class alone, or one without a skolerute (classCalendar refuses it, as the per-pupil path does).
  for (const place of places)
    if (!calendars.has(place.classId)) calendars.set(place.classId, (await classCalendar(tx, place)).calendar);
  return calendars;
}

/**
 * Adds to `out` the events of these pupils stored from `firstDay` to `today`, by pupil. The import reads
 * them for each pupil before the first of its batches that names the pupil goes in, so they are exactly
 * the earlier ones (registrations, earlier imports): the file's own are in memory. In a first import of
 * the year this is one index probe per pupil and no rows.
 */
export async function earlierEvents(
  tx: Tx,
  pupilIds: readonly string[],
  firstDay: string,
  today: string,
  out: Map<string, AbsenceEvent[]>,
): Promise<void> {
  for (const ids of chunks(pupilIds, IDS_PER_QUERY)) {
    // One index probe per pupil (a lateral join): with `pupil_id = any(…)` the planner scanned the whole
    // table once the import's own batches had filled it, 0,3 s a query at a million rows. In the order the
    // per-pupil path reads them (evaluate-pupil.ts), so the evidence is listed the same way.
    const rows = await sql<AbsenceEvent>`
      select e.pupil_id as "studentId", e.date, e.kind, e.subject, e.period, e.minutes, e.documented, e.reason, e.source
      from unnest(${arrayLiteral(ids)}::uuid[]) as u(id)
      cross join lateral (
        select * from absence_event a
        where a.pupil_id = u.id and a.deleted_at is null and a.date >= ${firstDay} and a.date <= ${today}
        order by a.date, a.period
      ) e`.execute(tx);
    for (const r of rows.rows) {
      const list = out.get(r.studentId);
      if (list) list.push(r);
      else out.set(r.studentId, [r]);
    }
  }
}

/** Re-evaluates the pupils an import added events for and writes their alerts. */
export async function reevaluateImport(
  tx: Tx,
  content: Content,
  kommuneId: string,
  imported: ImportedPupils,
  today: string,
  now: Date,
): Promise<void> {
  const { places, events, inserted, earlier } = imported;
  if (places.length === 0) return;
  const stored = await withStoredState(
    tx,
    places.map((p) => p.pupilId),
  );
  const bulk: PupilPlace[] = [];
  const planned: PupilPlace[] = [];
  for (const place of places) {
    const all = events.count(place.pupilId);
    if (stored.has(place.pupilId) || inserted.get(place.pupilId) !== all) planned.push(place);
    else bulk.push(place);
  }
  await reevaluatePupils(tx, content, kommuneId, planned, today, now);
  if (bulk.length === 0) return;

  const calendars = await calendarsOf(tx, bulk);
  const profiles = new Map<string, { profile: Profile; signatures: Map<string, string> }>();
  for (const id of new Set(bulk.map((p) => p.profileId))) {
    const profile = await resolveProfile(tx, content, id);
    profiles.set(id, { profile, signatures: new Map(profile.rules.map((r) => [r.id, ruleSignature(r)])) });
  }

  let out = new AlertColumns();
  const write = async (a: AlertColumns) => {
    if (a.size === 0) return;
    await sql`insert into alert (id, kommune_id, pupil_id, class_id, school_id, profile, rule_id, started_on, ended_on, explanation, created_at, updated_at, status, dismiss_reason)
      select gen_random_uuid(), ${kommuneId}::uuid, t.pupil_id, t.class_id, t.school_id, t.profile, t.rule_id, t.started_on, t.ended_on, x.explanation, ${now}::timestamptz, ${now}::timestamptz, t.status, t.dismiss_reason
      from unnest(${arrayLiteral(a.pupil)}::uuid[], ${arrayLiteral(a.klass)}::uuid[], ${arrayLiteral(a.school)}::uuid[], ${arrayLiteral(a.profile, true)}::text[], ${arrayLiteral(a.rule, true)}::text[], ${arrayLiteral(a.started)}::date[], ${arrayLiteral(a.ended)}::date[], ${arrayLiteral(a.status)}::text[], ${arrayLiteral(a.dismissReason, true)}::text[])
        with ordinality as t(pupil_id, class_id, school_id, profile, rule_id, started_on, ended_on, status, dismiss_reason, n)
      join jsonb_array_elements(${`[${a.explanation.join(',')}]`}::jsonb) with ordinality as x(explanation, n) on x.n = t.n`.execute(
      tx,
    );
  };
  // Statements go out one after another on the transaction's connection; the evaluation goes on meanwhile,
  // giving the driver a turn after each so that the statement is sent at once.
  let writes: Promise<void> = Promise.resolve();
  let failed: unknown;
  const send = async (a: AlertColumns) => {
    writes = writes.then(() => write(a)).catch((e: unknown) => void (failed ??= e));
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (const place of bulk) {
    const { profile, signatures } = profiles.get(place.profileId)!;
    const calendar = calendars.get(place.classId)!;
    const from = calendar.source.firstDay;
    // Earlier events first, then the file's in its order: the order the table gives them back to the
    // per-pupil path, so the evidence in the explanations is listed the same way.
    const own = (earlier.get(place.pupilId) ?? []).filter((e) => e.date >= from);
    for (const e of events.eventsOf(place.pupilId)) if (e.date >= from && e.date <= today) own.push(e);
    const found = alertEpisodes(profile, calendar, own, [], today);
    // Nothing stored: the plan inserts what is found, with the statuses an untouched pupil's alerts get.
    const plan = planAlertSync(
      found.map((f) => ({
        ruleId: f.ruleId,
        startedOn: f.startedOn,
        endedOn: f.endedOn,
        signature: signatures.get(f.ruleId) ?? '',
      })),
      [],
      { profile: place.profileId, today, rulesChanged: null, otherProfile: '', pastAsHistory: null },
    );
    const byKey = new Map(found.map((f) => [`${f.ruleId}|${f.startedOn}`, f]));
    for (const i of plan.insert) {
      const { ruleId, startedOn, endedOn, ...explanation } = byKey.get(`${i.episode.ruleId}|${i.episode.startedOn}`)!;
      out.pupil.push(place.pupilId);
      out.klass.push(place.classId);
      out.school.push(place.schoolId);
      out.profile.push(place.profileId);
      out.rule.push(ruleId);
      out.started.push(startedOn);
      out.ended.push(endedOn);
      out.explanation.push(JSON.stringify(explanation));
      out.status.push(i.status);
      out.dismissReason.push(i.dismissReason);
      if (out.size >= ALERTS_PER_STATEMENT) {
        await send(out);
        out = new AlertColumns();
      }
    }
  }
  await send(out);
  await writes;
  if (failed) throw failed;
}
