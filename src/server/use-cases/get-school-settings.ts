// A school's settings for absence follow-up: its skolerute per school year (edited by the school's
// administrator) and the rule profile it follows (the municipality's own or a shipped one).
import { parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';
import { DEFAULT_PROFILE } from '../absence/place';
import { DEFAULT_LADDER_ID } from '../ladder/load-ladders';
import { availableProfiles } from './available-profiles';
import { requireAdmin } from '../access/school-admin';
import type { Content } from '../content/load-content';

export async function getSchoolSettings(db: Db, content: Content, actor: Actor, schoolId: string, now: Date) {
  requireAdmin(actor, schoolId, false);
  return db.withContext(contextOf(actor), async (tx) => {
    const school = await tx
      .selectFrom('school')
      .select(['id', 'name', 'rule_profile', 'ladder', 'version', 'same_day_notice_at'])
      .where('id', '=', schoolId)
      .executeTakeFirst();
    if (!school) throw new AppError('not_found', 'Fant ikke skolen.');
    const year = schoolYearStarting(parseIsoDate(osloDate(now))!);
    const cal = await tx
      .selectFrom('school_calendar')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('school_year', '=', year)
      .executeTakeFirst();
    return {
      school: {
        id: school.id,
        name: school.name,
        ruleProfile: school.rule_profile ?? DEFAULT_PROFILE,
        ladder: school.ladder ?? DEFAULT_LADDER_ID,
        version: school.version,
      },
      schoolYear: year,
      calendar: cal
        ? {
            schoolYear: cal.school_year,
            firstDay: cal.first_day,
            lastDay: cal.last_day,
            springStarts: cal.spring_starts,
            closed: cal.closed,
            version: cal.version,
          }
        : null,
      profiles: await availableProfiles(tx, content),
      ladders: [
        ...(await tx.selectFrom('kommune_ladder').select(['ladder_id', 'definition']).execute()).map((l) => ({
          id: l.ladder_id,
          name: String((l.definition as { name?: unknown }).name ?? l.ladder_id),
          origin: 'kommune' as const,
        })),
        ...[...content.ladders].map(([id, l]) => ({ id, name: l.name, origin: 'levert' as const })),
      ],
      sameDayNotice: {
        at: school.same_day_notice_at,
        defaultAt: content.settings.sameDayNotice.at,
        until: content.settings.sameDayNotice.until,
        classes: (
          await tx
            .selectFrom('class')
            .select(['id', 'name', 'same_day_notice', 'version'])
            .where('school_id', '=', schoolId)
            .where('school_year', '=', year)
            .orderBy('trinn')
            .orderBy('name')
            .execute()
        ).map((c) => ({ id: c.id, name: c.name, on: c.same_day_notice, version: c.version })),
      },
    };
  });
}
