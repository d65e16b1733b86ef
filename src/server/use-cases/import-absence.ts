// Import of absence events for one school from a CSV or XLSX file with the school's own pupil ids.
// Validated as a whole: one bad row and nothing is imported, with every bad row listed by line, field
// and reason. Rows already in the database (same pupil, day, kind and period) are counted, not added,
// so importing the same file twice adds nothing the second time.
import { randomUUID } from 'node:crypto';
import { compileCalendar, parseSchoolCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import { eventKey, validateEventRow } from '../../cli/evaluate/parse-events-csv';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { classCalendar, type ClassCalendar } from '../absence/calendar';
import { NATURAL_KEY } from '../absence/events';
import { reevaluatePupil } from '../absence/evaluate-pupil';
import { classPlaces, isLeadership, type PupilPlace } from '../absence/place';
import { readEventsFile, type EventsFileKind } from '../import/read-events-file';

export type RowProblem = { line: number; field: string; reason: string };

export async function importAbsence(db: Db, actor: Actor, schoolId: string, file: { kind: EventsFileKind; data: Buffer }, now: Date) {
  const rows = await readEventsFile(file.kind, file.data);
  return db.withContext(contextOf(actor), async (tx) => {
    if (!isLeadership(actor, schoolId)) throw new AppError('not_found', 'Fant ikke skolen, eller du har ikke rett til å importere fravær der.');
    const year = schoolYearStarting(parseIsoDate(osloDate(now))!);
    const rute = await tx.selectFrom('school_calendar').selectAll().where('school_id', '=', schoolId).where('school_year', '=', year).executeTakeFirst();
    if (!rute) throw new AppError('validation', `Skolen har ingen skolerute for ${year}–${year + 1}; legg den inn før import.`);
    // School days are the same for every class; lessons per day are checked per class below.
    const parsed = parseSchoolCalendar({ schoolYear: `${year}-${year + 1}`, firstDay: rute.first_day, lastDay: rute.last_day, springStarts: rute.spring_starts, closed: rute.closed, lessonsPerWeekday: [12, 12, 12, 12, 12] });
    if (!parsed.ok) throw new AppError('internal', `Skoleruta er ugyldig: ${parsed.errors.join('; ')}`);
    const schoolCalendar = compileCalendar(parsed.calendar);

    const classes = await tx.selectFrom('class').select('id').where('school_id', '=', schoolId).where('school_year', '=', year).execute();
    const places = new Map<string, PupilPlace>();
    const localIds = new Map<string, string>();
    for (const c of classes) for (const p of await classPlaces(tx, c.id)) places.set(p.pupilId, p);
    if (places.size) {
      for (const p of await tx.selectFrom('pupil').select(['id', 'local_id']).where('id', 'in', [...places.keys()]).where('local_id', 'is not', null).execute()) localIds.set(p.local_id!, p.id);
    }
    const calendars = new Map<string, ClassCalendar>();

    const problems: RowProblem[] = [];
    const accepted: { line: number; event: AbsenceEvent; place: PupilPlace }[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const result = validateEventRow(row.get, schoolCalendar);
      if (typeof result === 'string') {
        const at = result.indexOf(': ');
        problems.push({ line: row.line, field: result.slice(0, at), reason: result.slice(at + 2) });
        continue;
      }
      const pupilId = localIds.get(result.studentId);
      const place = pupilId ? places.get(pupilId) : undefined;
      if (!place) {
        problems.push({ line: row.line, field: 'student_id', reason: `ukjent elev «${result.studentId}» ved skolen` });
        continue;
      }
      let cal = calendars.get(place.classId);
      if (!cal) calendars.set(place.classId, (cal = await classCalendar(tx, place)));
      const day = parseIsoDate(result.date)!;
      const lessons = cal.calendar.lessons[cal.calendar.indexOf(day)] ?? 0;
      if (result.period !== null && result.period !== undefined && result.period > lessons) {
        problems.push({ line: row.line, field: 'period', reason: `time ${result.period} finnes ikke, ${place.className} har ${lessons} timer ${result.date}` });
        continue;
      }
      const key = eventKey(result);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({ line: row.line, field: 'student_id+date+kind+period', reason: `samme elev, dato, type og time som linje ${earlier}` });
        continue;
      }
      seen.set(key, row.line);
      accepted.push({ line: row.line, event: { ...result, studentId: pupilId! }, place });
    }
    if (problems.length) {
      throw new AppError('validation', `Importen ble avvist: ${problems.length} ${problems.length === 1 ? 'rad har' : 'rader har'} feil. Ingenting er importert.`, { rows: problems });
    }

    let imported = 0;
    for (let i = 0; i < accepted.length; i += 500) {
      const chunk = accepted.slice(i, i + 500);
      const inserted = await tx
        .insertInto('absence_event')
        .values(chunk.map(({ event: e, place }) => ({ id: randomUUID(), kommune_id: actor.kommuneId, pupil_id: place.pupilId, class_id: place.classId, date: e.date, kind: e.kind, subject: e.subject ?? null, period: e.kind === 'day' ? null : (e.period ?? null), minutes: e.kind === 'late' ? (e.minutes ?? null) : null, documented: e.documented, reason: e.reason ?? null, source: 'import' as const, note: null, registered_by: actor.userId, registered_at: now })))
        .onConflict((oc) => oc.expression(NATURAL_KEY).where('deleted_at', 'is', null).doNothing())
        .returningAll()
        .execute();
      if (inserted.length) {
        await tx.insertInto('absence_event_history').values(inserted.map((e) => ({ kommune_id: e.kommune_id, event_id: e.id, version: e.version, change: 'created' as const, changed_by: actor.userId, changed_at: now, snapshot: JSON.stringify(e) }))).execute();
      }
      imported += inserted.length;
    }
    const touched = [...new Map(accepted.map((a) => [a.place.pupilId, a.place])).values()];
    await writeAudit(tx, actor, now, touched.map((p) => ({ action: 'absence.import', pupilId: p.pupilId, details: { schoolId } })));
    if (imported > 0) for (const place of touched) await reevaluatePupil(tx, actor.kommuneId, place, osloDate(now), now);
    return { imported, alreadyPresent: accepted.length - imported };
  });
}
