import { randomUUID } from 'node:crypto';
import { parseSchoolCalendar } from '../../domain/calendar/calendar';
import { norwegianDate, parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import type { Db } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { reevaluateSchool } from '../absence/evaluate-pupil';
import { requireAdmin } from '../access/school-admin';
import type { Content } from '../content/load-content';

export type SkoleruteInput = {
  schoolYear: number;
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: { from: string; to: string; name: string }[];
  version?: number | undefined;
};

export async function saveSkolerute(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  input: SkoleruteInput,
  now: Date,
) {
  requireAdmin(actor, schoolId, true);
  const parsed = parseSchoolCalendar({
    schoolYear: `${input.schoolYear}-${input.schoolYear + 1}`,
    firstDay: input.firstDay,
    lastDay: input.lastDay,
    springStarts: input.springStarts,
    closed: input.closed,
    lessonsPerWeekday: [1, 1, 1, 1, 1],
  });
  const outside = input.closed
    .filter((p) => p.from < input.firstDay || p.to > input.lastDay)
    .map(
      (p) =>
        `closed: «${p.name}» (${norwegianDate(p.from)}–${norwegianDate(p.to)}) ligger utenfor skoleåret ${norwegianDate(input.firstDay)}–${norwegianDate(input.lastDay)}`,
    );
  const errors = [...(parsed.ok ? [] : parsed.errors), ...outside];
  if (errors.length) throw new AppError('validation', `Skoleruta er ikke gyldig: ${errors.join('; ')}`, { errors });
  return db.withContext(contextOf(actor), async (tx) => {
    const existing = await tx
      .selectFrom('school_calendar')
      .select(['id', 'version'])
      .where('school_id', '=', schoolId)
      .where('school_year', '=', input.schoolYear)
      .executeTakeFirst();
    const values = {
      first_day: input.firstDay,
      last_day: input.lastDay,
      spring_starts: input.springStarts,
      closed: JSON.stringify(input.closed),
    };
    let version = 1;
    if (existing) {
      if (input.version === undefined)
        throw new AppError(
          'conflict',
          'Skoleruta for dette skoleåret finnes allerede. Last siden på nytt og endre den.',
        );
      version = await updateVersioned(tx, 'school_calendar', existing.id, input.version, values);
    } else {
      await tx
        .insertInto('school_calendar')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          school_id: schoolId,
          school_year: input.schoolYear,
          ...values,
        })
        .execute();
    }
    // School days moved: every pupil's windows move with them (nothing is lost, decision 021).
    if (existing && input.schoolYear === schoolYearStarting(parseIsoDate(osloDate(now))!)) {
      await reevaluateSchool(tx, content, actor.kommuneId, schoolId, now, {
        retireReason: 'Skoleruta ble endret, og regelen slår ikke lenger til for disse dagene.',
        pastReason: 'Episoden var over da skoleruta ble endret.',
      });
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'school.calendar.save',
        entity: 'school',
        entityId: schoolId,
        details: { schoolId, schoolYear: input.schoolYear },
      },
    ]);
    return { version };
  });
}
