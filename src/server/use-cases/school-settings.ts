// A school's settings for absence follow-up: its skolerute per school year (edited by the school's
// administrator) and the rule profile it follows (the municipality's own or a shipped one).
import { randomUUID } from 'node:crypto';
import { parseSchoolCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import type { Db, Tx } from '../../db/create-db';
import { updateVersioned } from '../versioned';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { DEFAULT_PROFILE, isLeadership } from '../absence/place';
import { reevaluateSchool } from '../absence/evaluate-pupil';
import { resolveProfile, shippedProfiles } from '../absence/profiles';
import { DEFAULT_LADDER_ID, shippedLadders } from '../ladder/load-ladders';

export type SkoleruteInput = {
  schoolYear: number;
  firstDay: string;
  lastDay: string;
  springStarts: string;
  closed: { from: string; to: string; name: string }[];
  version?: number | undefined;
};

function requireAdmin(actor: Actor, schoolId: string, write: boolean): void {
  const ok = write
    ? actor.roles.some((r) => r.role === 'administrator' && r.schoolId === schoolId)
    : isLeadership(actor, schoolId);
  if (!ok)
    throw new AppError(
      write ? 'forbidden' : 'not_found',
      write ? 'Bare skolens administrator kan endre skoleruta og regelprofilen.' : 'Fant ikke skolen.',
    );
}

export async function availableProfiles(tx: Tx) {
  const own = await tx.selectFrom('kommune_rule_profile').select(['profile_id', 'definition']).execute();
  return [
    ...own.map((p) => ({
      id: p.profile_id,
      name: String((p.definition as { name?: unknown }).name ?? p.profile_id),
      origin: 'kommune' as const,
    })),
    ...[...shippedProfiles()].map(([id, p]) => ({ id, name: p.name, origin: 'levert' as const })),
  ];
}

export async function getSchoolSettings(db: Db, actor: Actor, schoolId: string, now: Date) {
  requireAdmin(actor, schoolId, false);
  return db.withContext(contextOf(actor), async (tx) => {
    const school = await tx
      .selectFrom('school')
      .select(['id', 'name', 'rule_profile', 'ladder', 'version'])
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
      profiles: await availableProfiles(tx),
      ladders: [
        ...(await tx.selectFrom('kommune_ladder').select(['ladder_id', 'definition']).execute()).map((l) => ({
          id: l.ladder_id,
          name: String((l.definition as { name?: unknown }).name ?? l.ladder_id),
          origin: 'kommune' as const,
        })),
        ...[...shippedLadders()].map(([id, l]) => ({ id, name: l.name, origin: 'levert' as const })),
      ],
    };
  });
}

export async function saveSkolerute(db: Db, actor: Actor, schoolId: string, input: SkoleruteInput, now: Date) {
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
    .map((p) => `closed: «${p.name}» (${p.from}–${p.to}) ligger utenfor skoleåret ${input.firstDay}–${input.lastDay}`);
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
      await reevaluateSchool(tx, actor.kommuneId, schoolId, now, {
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

export async function chooseRuleProfile(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: { ruleProfile: string; version: number },
  now: Date,
) {
  requireAdmin(actor, schoolId, true);
  return db.withContext(contextOf(actor), async (tx) => {
    await resolveProfile(tx, input.ruleProfile);
    const before = await tx
      .selectFrom('school')
      .select('rule_profile')
      .where('id', '=', schoolId)
      .executeTakeFirstOrThrow();
    const version = await updateVersioned(tx, 'school', schoolId, input.version, { rule_profile: input.ruleProfile });
    const from = before.rule_profile ?? DEFAULT_PROFILE;
    if (from !== input.ruleProfile) {
      // Nothing is lost to the switch: the old profile's alerts are retired with the reason and keep their
      // status; what is concerning under the new one is open at once, or carries on as handled.
      const names = new Map((await availableProfiles(tx)).map((p) => [p.id, p.name]));
      const name = (id: string) => names.get(id) ?? id;
      const reason = `Skolen byttet regelsett fra «${name(from)}» til «${name(input.ruleProfile)}».`;
      await reevaluateSchool(tx, actor.kommuneId, schoolId, now, {
        retireReason: reason,
        switchReason: reason,
        pastReason: `Episoden var over da skolen tok i bruk regelsettet «${name(input.ruleProfile)}».`,
      });
    }
    await writeAudit(tx, actor, now, [
      {
        action: 'school.rule-profile.choose',
        entity: 'school',
        entityId: schoolId,
        details: { schoolId, ruleProfile: input.ruleProfile },
      },
    ]);
    return { ruleProfile: input.ruleProfile, version };
  });
}
