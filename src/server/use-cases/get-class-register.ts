// The morning register: every pupil of a class with the day's events, whether a guardian has reported
// the absence, and who must be called the same day because nobody has (004 §1.1).
import { isoWeekday, parseIsoDate } from '../../domain/calendar/dates';
import { sql } from 'kysely';
import { groupConcerns } from '../../domain/absence/concerns';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { presentEvent, userNames } from '../presenters/absence';
import { classCalendar, slot } from '../absence/calendar';
import { classPlaces } from '../absence/place';
import { classScope, visibleClasses } from '../access/scope';
import { isSubstitute } from '../access/teaching-class';

export async function getClassRegister(db: Db, actor: Actor, classId: string, date: string, now: Date) {
  const day = parseIsoDate(date);
  if (day === null) throw new AppError('validation', `Ugyldig dato «${date}». Bruk ÅÅÅÅ-MM-DD.`);
  return db.withContext(contextOf(actor), async (tx) => {
    // The substitute of the day sees the register of that day too (decision 192).
    const cls =
      (await visibleClasses(tx, classScope(actor)).where('class.id', '=', classId).executeTakeFirst()) ??
      ((await isSubstitute(tx, actor, classId, date))
        ? await visibleClasses(tx, { classIds: [classId], schoolIds: [] }).executeTakeFirst()
        : undefined);
    if (!cls) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    const cal = await classCalendar(tx, { classId, schoolId: cls.school_id, schoolYear: cls.school_year });
    const closedReason = cal.calendar.closedReason(day);
    const lessonCount = closedReason ? 0 : cal.calendar.lessons[cal.calendar.indexOf(day)]!;
    const lessons = Array.from({ length: lessonCount }, (_, i) => ({
      period: i + 1,
      subject: cal.lessons.get(slot(isoWeekday(day), i + 1)) ?? '',
    }));
    const places = await classPlaces(tx, classId);
    const events = places.length
      ? await tx
          .selectFrom('absence_event')
          .selectAll()
          .where('class_id', '=', classId)
          .where('date', '=', date)
          .where('deleted_at', 'is', null)
          .orderBy('period')
          .execute()
      : [];
    const alerts = await tx
      .selectFrom('alert as a')
      .select([
        'a.pupil_id as pupilId',
        'a.started_on as startedOn',
        'a.ended_on as endedOn',
        sql<string>`a.explanation->>'severity'`.as('severity'),
      ])
      .where('a.class_id', '=', classId)
      .where('a.status', 'in', ['new', 'seen'])
      .where('a.retired_at', 'is', null)
      .execute();
    const concerns = groupConcerns(alerts, osloDate(now));
    const taken = await tx
      .selectFrom('class_register')
      .select(['taken_by', 'taken_at'])
      .where('class_id', '=', classId)
      .where('date', '=', date)
      .executeTakeFirst();
    const names = await userNames(tx, [...events.map((e) => e.registered_by), taken?.taken_by ?? null], actor);
    await writeAudit(
      tx,
      actor,
      now,
      places.map((p) => ({ action: 'absence.register.read', pupilId: p.pupilId, details: { classId, date } })),
    );
    return {
      class: { id: cls.id, name: cls.name, schoolName: cls.school_name },
      date,
      schoolDay: closedReason === null,
      // A day that has not come: only granted leave is registered ahead (decision 026).
      future: date > osloDate(now),
      // A day gone by: who was away without word is followed up, but not «ring hjem i dag».
      past: date < osloDate(now),
      closedReason,
      taken: taken
        ? { at: new Date(taken.taken_at).toISOString(), byName: names.get(taken.taken_by) ?? 'Ukjent' }
        : null,
      lessons,
      pupils: places.map((p) => {
        const own = events.filter((e) => e.pupil_id === p.pupilId);
        const guardianReported = own.some((e) => e.source === 'foresatt');
        const absent = own.some((e) => e.kind === 'day' || e.kind === 'lesson' || e.kind === 'left');
        return {
          id: p.pupilId,
          firstName: p.firstName,
          lastName: p.lastName,
          protectedAddress: p.protectedAddress,
          events: own.map((e) => presentEvent(e, names)),
          guardianReported,
          // Absent, not documented in advance and no word from home: call the guardians today.
          needsCall: absent && !guardianReported && !own.some((e) => e.documented),
          openAlerts: alerts.filter((a) => a.pupilId === p.pupilId).length,
          // Overlapping alerts are one concern (decision 026): the row counts what needs a look.
          openConcerns: concerns.filter((c) => c.pupilId === p.pupilId).length,
        };
      }),
    };
  });
}
