// «Timeplan» (issue 21 item 4, decision 209): a teacher's week — each lesson the timetable gives them, and
// each lesson of a class the leadership made them the substitute of that day — with the «tilrettelegging»
// notes of the pupils in that class. The notes are the register's (decision 190): the pupil's name and the
// measure's words, shown only where the reader teaches the class that day (`teachingClass`: a teaching role
// naming the class, the school's leadership, or the substitute of the day); a lesson in a class the roles do
// not name shows no notes. Every pupil whose notes are shown gets one `adaptation.read` row for the week.
import { formatIsoDate, isoWeekday, parseIsoDate } from '../../domain/calendar/dates';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { classPlaces, type PupilPlace } from '../absence/place';
import { classCalendars } from '../absence/calendar';
import { teachingClass } from '../access/teaching-class';
import { classNotes, noteId, type ClassNote } from '../adaptations/class-notes';

type TimetablePupil = { pupilId: string; firstName: string; lastName: string; notes: { id: string; note: string }[] };

export async function getMyTimetable(db: Db, actor: Actor, anyDay: string, now: Date) {
  const day = parseIsoDate(anyDay);
  if (day === null) throw new AppError('validation', `Ugyldig dato «${anyDay}» i «week». Bruk ÅÅÅÅ-MM-DD.`);
  const monday = day - (isoWeekday(day) - 1);
  const dates = [0, 1, 2, 3, 4].map((i) => formatIsoDate(monday + i));
  return db.withContext(contextOf(actor), async (tx) => {
    const own = await tx
      .selectFrom('timetable_lesson as l')
      .innerJoin('class as c', 'c.id', 'l.class_id')
      .select(['l.class_id', 'l.weekday', 'l.period', 'l.subject', 'c.name', 'c.school_id', 'c.school_year'])
      .where('l.teacher_id', '=', actor.userId)
      .execute();
    const substituteDays = await tx
      .selectFrom('class_substitute as s')
      .innerJoin('class as c', 'c.id', 's.class_id')
      .select(['s.class_id', 's.date', 'c.name', 'c.school_id', 'c.school_year'])
      .where('s.user_id', '=', actor.userId)
      .where('s.date', '>=', dates[0]!)
      .where('s.date', '<=', dates[4]!)
      .execute();
    const substituteLessons = substituteDays.length
      ? await tx
          .selectFrom('timetable_lesson')
          .select(['class_id', 'weekday', 'period', 'subject'])
          .where(
            'class_id',
            'in',
            substituteDays.map((s) => s.class_id),
          )
          .execute()
      : [];
    const classes = new Map<string, { name: string; schoolId: string; schoolYear: number }>();
    for (const c of [...own, ...substituteDays])
      classes.set(c.class_id, { name: c.name, schoolId: c.school_id, schoolYear: c.school_year });
    // A lesson is held on a date only in its class's own school year, on a school day that has that period.
    const calendars = await classCalendars(
      tx,
      [...classes].map(([classId, c]) => ({ classId, schoolId: c.schoolId, schoolYear: c.schoolYear })),
    );
    const held = (classId: string, date: string, period: number) => {
      const cal = calendars.get(classId);
      const d = parseIsoDate(date)!;
      if (!cal || cal.closedReason(d) !== null) return false;
      return period <= cal.lessons[cal.indexOf(d)]!;
    };
    // Notes per class and date, only where the reader teaches the class that day.
    const places = new Map<string, PupilPlace[]>();
    const notes = new Map<string, ClassNote[]>();
    const mayRead = new Map<string, boolean>();
    const pupilsOf = async (classId: string, date: string): Promise<TimetablePupil[]> => {
      const key = `${classId}|${date}`;
      if (!mayRead.has(key))
        mayRead.set(
          key,
          await teachingClass(tx, actor, classId, date).then(
            () => true,
            () => false,
          ),
        );
      if (!mayRead.get(key)) return [];
      if (!places.has(classId)) {
        const ps = await classPlaces(tx, classId);
        places.set(classId, ps);
        notes.set(classId, await classNotes(tx, ps));
      }
      const classNotesNow = notes.get(classId)!;
      return places
        .get(classId)!
        .map((p) => ({
          pupilId: p.pupilId,
          firstName: p.firstName,
          lastName: p.lastName,
          notes: classNotesNow.filter((n) => n.pupilId === p.pupilId).map((n) => ({ id: noteId(n), note: n.note })),
        }))
        .filter((p) => p.notes.length > 0);
    };
    const days = [];
    const shown = new Map<string, { classId: string; measures: Set<string> }>();
    for (const [i, date] of dates.entries()) {
      const weekday = i + 1;
      const subDay = substituteDays.filter((s) => s.date === date);
      const lessons = [
        ...own.filter((l) => l.weekday === weekday).map((l) => ({ ...l, substitute: false })),
        ...substituteLessons
          .filter((l) => l.weekday === weekday && subDay.some((s) => s.class_id === l.class_id))
          .map((l) => ({ ...l, substitute: true })),
      ]
        .filter((l) => held(l.class_id, date, l.period))
        // Own lessons first when a substitute day gives the same period of a class the teacher has anyway.
        .filter((l, at, all) => all.findIndex((x) => x.class_id === l.class_id && x.period === l.period) === at)
        .sort(
          (a, b) => a.period - b.period || classes.get(a.class_id)!.name.localeCompare(classes.get(b.class_id)!.name),
        );
      const out = [];
      for (const l of lessons) {
        const pupils = await pupilsOf(l.class_id, date);
        for (const p of pupils) {
          const seen = shown.get(p.pupilId) ?? { classId: l.class_id, measures: new Set<string>() };
          for (const n of p.notes) seen.measures.add(n.id);
          shown.set(p.pupilId, seen);
        }
        out.push({
          period: l.period,
          classId: l.class_id,
          className: classes.get(l.class_id)!.name,
          subject: l.subject,
          substitute: l.substitute,
          pupils,
        });
      }
      days.push({ date, lessons: out });
    }
    // A read of what a case decided: one row per pupil whose notes the week shows (decision 190).
    await writeAudit(
      tx,
      actor,
      now,
      [...shown].map(([pupilId, s]) => ({
        action: 'adaptation.read' as const,
        pupilId,
        details: { classId: s.classId, week: dates[0], measures: [...s.measures] },
      })),
    );
    return { weekOf: dates[0]!, days };
  });
}
