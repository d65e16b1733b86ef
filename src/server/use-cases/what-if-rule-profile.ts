// The what-if of a draft rule profile (issue 19 item 5, decision 145): per school, how many pupils would have had
// a concern in the last eight weeks under the draft, against the profile the school follows now — both replayed
// by the alerts' own engine over the stored events (src/domain/oversight/what-if.ts), nothing stored. The owner
// sees counts only, suppressed below five pupils (decision 128); the read is audited as the owner's figures are.
// Computed per request, a school at a time; the city-scale target of issue 19 item 6 is measured elsewhere.
import { parseIsoDate } from '../../domain/calendar/dates';
import { hadConcern, publishWhatIf, WHAT_IF_WEEKS, whatIfFrom } from '../../domain/oversight/what-if';
import { parseProfile, type Profile } from '../../domain/rules/profile-schema';
import type { AbsenceEvent } from '../../domain/rules/event-store';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import type { RuleProfileWhatIfResponse } from '../../contract/rule-editor';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { classCalendars } from '../absence/calendar';
import { DEFAULT_PROFILE } from '../absence/place';
import { resolveProfile } from '../absence/profiles';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';
import { ENGINE_EVENT_COLUMNS } from '../absence/evaluate-pupil';

export async function whatIfRuleProfile(
  db: Db,
  content: Content,
  actor: Actor,
  profileId: string,
  input: { definition: unknown },
  today: string,
  now: Date,
): Promise<RuleProfileWhatIfResponse> {
  const parsed = parseProfile(input.definition, profileId);
  if (!parsed.ok)
    throw new AppError('validation', `Profilen er ikke gyldig (${parsed.errors.length} feil).`, {
      errors: parsed.errors,
    });
  const draft = parsed.profile;
  const from = whatIfFrom(today);
  const schoolYear = schoolYearStarting(parseIsoDate(today)!);
  return db.withContext(contextOf(actor), async (tx) => {
    const schools = await tx.selectFrom('school').select(['id', 'name', 'rule_profile']).orderBy('name').execute();
    const counts: { current: number; draft: number }[] = [];
    const profiles = new Map<string, Profile>();
    for (const school of schools) {
      const currentId = school.rule_profile ?? DEFAULT_PROFILE;
      let current = profiles.get(currentId);
      if (!current) profiles.set(currentId, (current = await resolveProfile(tx, content, currentId)));
      const members = await tx
        .selectFrom('class_membership as m')
        .innerJoin('class as c', 'c.id', 'm.class_id')
        .select(['m.pupil_id', 'c.id as class_id'])
        .where('c.school_id', '=', school.id)
        .where('c.school_year', '=', schoolYear)
        .execute();
      const calendars = await classCalendars(
        tx,
        [...new Set(members.map((m) => m.class_id))].map((classId) => ({ classId, schoolId: school.id, schoolYear })),
      );
      const pupils = members.filter((m) => calendars.has(m.class_id));
      const firstDay = [...calendars.values()].reduce(
        (min, c) => (c.source.firstDay < min ? c.source.firstDay : min),
        today,
      );
      const events = new Map<string, AbsenceEvent[]>();
      if (pupils.length > 0) {
        const rows: AbsenceEvent[] = await tx
          .selectFrom('absence_event')
          .select(ENGINE_EVENT_COLUMNS)
          .where(
            'pupil_id',
            'in',
            pupils.map((p) => p.pupil_id),
          )
          .where('deleted_at', 'is', null)
          .where('date', '>=', firstDay)
          .where('date', '<=', today)
          .execute();
        for (const r of rows) {
          const list = events.get(r.studentId);
          if (list) list.push(r);
          else events.set(r.studentId, [r]);
        }
      }
      let underCurrent = 0;
      let underDraft = 0;
      for (const p of pupils) {
        const calendar = calendars.get(p.class_id)!;
        const own = (events.get(p.pupil_id) ?? []).filter((e) => e.date >= calendar.source.firstDay);
        if (own.length === 0) continue;
        if (hadConcern(current, calendar, own, from, today)) underCurrent++;
        if (hadConcern(draft, calendar, own, from, today)) underDraft++;
      }
      counts.push({ current: underCurrent, draft: underDraft });
    }
    const published = publishWhatIf(counts);
    await writeAudit(tx, actor, now, [
      {
        action: 'rule-profile.what-if',
        entity: 'rule_profile',
        entityId: profileId,
        details: { profileId, from, to: today, schools: schools.length },
      },
    ]);
    return {
      from,
      to: today,
      weeks: WHAT_IF_WEEKS,
      schools: schools.map((s, i) => ({
        id: s.id,
        name: s.name,
        profile: s.rule_profile ?? DEFAULT_PROFILE,
        followsProfile: (s.rule_profile ?? DEFAULT_PROFILE) === profileId,
        ...published.rows[i]!,
      })),
      total: published.total,
    };
  });
}
