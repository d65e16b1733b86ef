// A guardian reports absence for their own child: today, tomorrow or a period, with a reason. Each school
// day in the period becomes a whole-day event from the guardian (documented: the guardians have given
// notice); days that are not school days are skipped and named. A day the teacher has already registered
// becomes documented by the report, in the event's history.
import { randomUUID } from 'node:crypto';
import { formatIsoDate, norwegianDate, parseIsoDate } from '../../domain/calendar/dates';
import type { GuardianReportPart } from '../../contract/enums';
import type { Db, Tx } from '../../db/create-db';
import type { AbsenceReason } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentEvent } from '../presenters/absence';
import { classCalendar } from '../absence/calendar';
import { writeHistory } from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { pupilForGuardian, type PupilPlace } from '../absence/place';
import type { Content } from '../content/load-content';
import { contactTeachersOf, notify } from '../inbox/notify';

export const MAX_REPORT_DAYS = 31;

export async function reportAbsenceAsGuardian(
  db: Db,
  content: Content,
  actor: Actor,
  pupilId: string,
  input: {
    from: string;
    to: string;
    reason: AbsenceReason;
    note?: string | null | undefined;
    part?: GuardianReportPart | undefined;
    period?: number | null | undefined;
    minutes?: number | null | undefined;
  },
  now: Date,
) {
  const from = parseIsoDate(input.from);
  const to = parseIsoDate(input.to);
  const today = osloDate(now);
  const field = (f: string, message: string) =>
    new AppError('validation', message, { fields: [{ field: f, message }] });
  if (from === null) throw field('from', `Ugyldig fra-dato «${input.from}».`);
  if (to === null) throw field('to', `Ugyldig til-dato «${input.to}».`);
  if (to < from) throw field('to', 'Til-datoen kommer før fra-datoen.');
  if (input.from < today)
    throw field('from', 'Fravær kan meldes for i dag og framover. For dager som har vært, kontakt skolen.');
  if (to - from + 1 > MAX_REPORT_DAYS)
    throw field('to', `Meld høyst ${MAX_REPORT_DAYS} dager om gangen; ved lengre fravær, kontakt skolen.`);
  const part = input.part ?? 'day';
  if (part !== 'day' && from !== to) throw field('to', 'Del av en dag meldes for én dag om gangen.');
  if (part === 'from-period' && !input.period) throw field('period', 'Velg fra hvilken time barnet er borte.');
  if (part === 'late' && !input.minutes)
    throw field('minutes', 'Skriv omtrent hvor mange minutter barnet kommer for sent.');
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, pupilId);
    const { calendar } = await classCalendar(tx, place);
    const note = input.note?.trim() || null;
    if (part !== 'day') {
      const result = await reportPartOfDay(tx, actor, place, calendar, input.from, part, input, note, now);
      await afterReport(tx, content, actor, place, pupilId, input, today, now, 1);
      return result;
    }
    let created = 0;
    const skipped: { date: string; reason: string }[] = [];
    for (let d = from; d <= to; d++) {
      const date = formatIsoDate(d);
      const closed = calendar.closedReason(d);
      if (closed) {
        if (!/lørdag|søndag/.test(closed)) skipped.push({ date, reason: closed });
        continue;
      }
      await saveGuardianEvent(
        tx,
        actor,
        place,
        date,
        { kind: 'day', period: null, minutes: null },
        input.reason,
        note,
        now,
      );
      created++;
    }
    if (created === 0)
      throw field(
        'from',
        `Ingen skoledager i perioden${skipped.length ? `: ${skipped.map((s) => s.reason).join('; ')}` : ''}.`,
      );
    await afterReport(tx, content, actor, place, pupilId, input, today, now, created);
    return { created, skipped };
  });
}

/** The teacher's inbox, the audit row and the rules run again: after every report, whole days or part of one. */
async function afterReport(
  tx: Tx,
  content: Content,
  actor: Actor,
  place: PupilPlace,
  pupilId: string,
  input: { from: string; to: string; part?: GuardianReportPart | undefined },
  today: string,
  now: Date,
  created: number,
) {
  // The class's contact teacher finds the report in the inbox (decision 124).
  await notify(
    tx,
    actor.kommuneId,
    (await contactTeachersOf(tx, place.classId)).map((userId) => ({
      userId,
      kind: 'guardian-report' as const,
      pupilId,
      dedupeKey: `guardian-report:${pupilId}:${input.from}:${input.to}:${now.toISOString()}`,
    })),
    now,
  );
  await writeAudit(tx, actor, now, [
    {
      action: 'absence.guardian-report',
      pupilId,
      details: { from: input.from, to: input.to, days: created, part: input.part ?? 'day' },
    },
  ]);
  await reevaluatePupil(tx, content, actor.kommuneId, place, today, now);
}

/**
 * Part of one school day (decision 133): away from a lesson on is «left» from that period (the register's
 * «forlot skolen»: a doctor's appointment from 3rd period), arriving late is «late» with its minutes. The
 * same part reported again for the day changes the one event, in its history.
 */
async function reportPartOfDay(
  tx: Tx,
  actor: Actor,
  place: PupilPlace,
  calendar: Awaited<ReturnType<typeof classCalendar>>['calendar'],
  date: string,
  part: 'from-period' | 'late',
  input: { reason: AbsenceReason; period?: number | null | undefined; minutes?: number | null | undefined },
  note: string | null,
  now: Date,
) {
  const day = parseIsoDate(date)!;
  const closed = calendar.closedReason(day);
  if (closed) {
    const message = `Ingen skole ${formatNorwegian(date)}: ${closed}.`;
    throw new AppError('validation', message, { fields: [{ field: 'from', message }] });
  }
  const lessons = calendar.lessons[calendar.indexOf(day)]!;
  const period = part === 'from-period' ? input.period! : null;
  if (period !== null && period > lessons) {
    const message = `Time ${period} finnes ikke: ${formatNorwegian(date)} har ${lessons} timer.`;
    throw new AppError('validation', message, { fields: [{ field: 'period', message }] });
  }
  const kind = part === 'from-period' ? ('left' as const) : ('late' as const);
  const minutes = part === 'late' ? input.minutes! : null;
  const whole = await tx
    .selectFrom('absence_event')
    .select('id')
    .where('pupil_id', '=', place.pupilId)
    .where('date', '=', date)
    .where('kind', '=', 'day')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (whole) {
    const message = `Hele ${formatNorwegian(date)} er allerede meldt eller registrert som fravær.`;
    throw new AppError('validation', message, { fields: [{ field: 'from', message }] });
  }
  await saveGuardianEvent(tx, actor, place, date, { kind, period, minutes }, input.reason, note, now);
  return { created: 1, skipped: [] as { date: string; reason: string }[] };
}

/**
 * The guardian's report of one kind on one day: the event already there (the teacher's registration or an earlier
 * report) becomes documented and the guardian's, in its history; otherwise a new event from the guardian.
 */
async function saveGuardianEvent(
  tx: Tx,
  actor: Actor,
  place: PupilPlace,
  date: string,
  event: { kind: 'day' | 'left' | 'late'; period: number | null; minutes: number | null },
  reason: AbsenceReason,
  note: string | null,
  now: Date,
): Promise<void> {
  const reported = { ...event, documented: true, reason, source: 'foresatt' as const };
  const existing = await tx
    .selectFrom('absence_event')
    .selectAll()
    .where('pupil_id', '=', place.pupilId)
    .where('date', '=', date)
    .where('kind', '=', event.kind)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (existing) {
    const { kind: _kind, ...changes } = reported;
    await updateVersioned(tx, 'absence_event', existing.id, existing.version, {
      ...changes,
      note: note ?? existing.note,
    });
    const updated = await tx
      .selectFrom('absence_event')
      .selectAll()
      .where('id', '=', existing.id)
      .executeTakeFirstOrThrow();
    await writeHistory(tx, updated, 'updated', actor, now);
    return;
  }
  const row = await tx
    .insertInto('absence_event')
    .values({
      id: randomUUID(),
      kommune_id: actor.kommuneId,
      pupil_id: place.pupilId,
      class_id: place.classId,
      date,
      subject: null,
      ...reported,
      note,
      registered_by: actor.userId,
      registered_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeHistory(tx, row, 'created', actor, now);
}

function formatNorwegian(iso: string): string {
  return norwegianDate(iso);
}

export async function listGuardianReports(db: Db, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    await pupilForGuardian(tx, actor, pupilId);
    const rows = await tx
      .selectFrom('absence_event')
      .selectAll()
      .where('pupil_id', '=', pupilId)
      .where('source', '=', 'foresatt')
      .where('deleted_at', 'is', null)
      .orderBy('date', 'desc')
      .limit(200)
      .execute();
    await writeAudit(tx, actor, now, [{ action: 'absence.guardian-report.read', pupilId }]);
    // Guardians see their own reports; registered-by is the guardian (or, after a correction, the school).
    return {
      today: osloDate(now),
      reports: rows.map((r) => presentEvent(r, new Map([[actor.userId, actor.displayName]]))),
    };
  });
}
