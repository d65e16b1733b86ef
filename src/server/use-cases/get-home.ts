// The front page that answers «what do I do now» (issue 17 item 8, decision 114). One endpoint shaped
// by the user's roles: a contact teacher gets today's register of each own class (taken or not), who to
// call home today and the cases they hold with the next step and its due date; the school's leadership
// and resource team get the same per school, plus the school's overdue evaluations and cases without
// activity for INACTIVE_AFTER_DAYS days. Reading the cases' next steps is a read of case data: audited.
import { sql } from 'kysely';
import { parseIsoDate } from '../../domain/calendar/dates';
import type { Db, Tx } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { classCalendar } from '../absence/calendar';
import { userNames } from '../presenters/absence';
import { resolveLadder } from '../ladder/resolve-ladder';
import { presentHomeCase, nextStepOf, type HomeCaseRow } from '../presenters/home';
import { textIn } from '../content/content-in';
import { readerContentIn } from '../content/reader-content';
import type { Content } from '../content/load-content';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import { INACTIVE_AFTER_DAYS } from './list-cases';
import { listAlerts } from './list-alerts';
import { weeklyContactsOf } from '../cases/weekly-contact';

const LEADERSHIP = new Set(['skoleledelse', 'ressursteam']);

type ClassRow = { id: string; name: string; school_id: string; school_year: number; school_name: string };

export async function getHome(db: Db, content: Content, actor: Actor, now: Date) {
  const today = osloDate(now);
  const ownClassIds = [
    ...new Set(actor.roles.filter((r) => r.role === 'kontaktlaerer' && r.classId).map((r) => r.classId!)),
  ];
  const schoolIds = [
    ...new Set(actor.roles.filter((r) => LEADERSHIP.has(r.role) && r.schoolId).map((r) => r.schoolId!)),
  ];
  const teacher = actor.roles.some((r) => r.role === 'kontaktlaerer');
  // «Nye bekymringer»: the open concerns (in the user's scope, as /varsler shows them) that an alert raised
  // today belongs to — today's registrations' news, not every concern still open from earlier days.
  const open = (await listAlerts(db, content, actor, { status: 'open' }, now)).concerns;
  const raisedToday = await alertsRaisedOn(
    db,
    actor,
    open.flatMap((c) => c.alerts.map((a) => a.id)),
    today,
  );
  const concernsToday = open.filter((c) => c.alerts.some((a) => raisedToday.has(a.id)));
  return db.withContext(contextOf(actor), async (tx) => {
    // The classes of this school year: those with pupils in them now.
    const classes: ClassRow[] =
      ownClassIds.length || schoolIds.length
        ? await tx
            .selectFrom('class')
            .innerJoin('school', 'school.id', 'class.school_id')
            .select(['class.id', 'class.name', 'class.school_id', 'class.school_year', 'school.name as school_name'])
            .where((eb) =>
              eb.or([
                ...(ownClassIds.length ? [eb('class.id', 'in', ownClassIds)] : []),
                ...(schoolIds.length ? [eb('class.school_id', 'in', schoolIds)] : []),
              ]),
            )
            .where(({ exists, selectFrom }) =>
              exists(
                selectFrom('class_membership as m')
                  .select('m.pupil_id')
                  .whereRef('m.class_id', '=', 'class.id')
                  .where('m.valid_to', 'is', null),
              ),
            )
            .orderBy('class.trinn')
            .orderBy('class.name')
            .execute()
        : [];
    const schoolNames = new Map(
      schoolIds.length
        ? (await tx.selectFrom('school').select(['id', 'name']).where('id', 'in', schoolIds).execute()).map(
            (s) => [s.id, s.name] as const,
          )
        : [],
    );
    const registers = await registersToday(tx, classes, today);
    const calls = await callHomeToday(tx, classes, today);
    const cases = await openCases(tx, actor, ownClassIds, schoolIds);
    const steps = await nextSteps(tx, content, cases, actor);
    const names = await userNames(
      tx,
      cases.map((c) => c.stafettholder_id),
      actor,
    );
    // «Ukentlig kontakt mangler»: a school week over without the weekly contact (decisions 193, 206).
    const weekly = await weeklyContactsOf(
      tx,
      content,
      cases,
      today,
      new Map(
        cases.map((c) => [c.pupil_id, { classId: c.class_id, schoolId: c.school_id, schoolYear: c.school_year }]),
      ),
    );
    const gapsOf = (id: string) => weekly.get(id)?.gaps ?? [];
    const shown = (rows: HomeCaseRow[]) =>
      rows.map((r) =>
        presentHomeCase(r, steps.get(r.id) ?? null, names, now, today, INACTIVE_AFTER_DAYS, gapsOf(r.id)),
      );
    const mineCases = cases.filter((c) => c.stafettholder_id === actor.userId);
    // The weekly contact is the contact teacher's task, whoever holds the case (decision 194).
    const classGaps = cases.filter((c) => ownClassIds.includes(c.class_id) && gapsOf(c.id).length > 0);
    const result = {
      today,
      inactiveAfterDays: INACTIVE_AFTER_DAYS,
      concernsToday,
      openConcerns: open.length,
      mine: teacher
        ? {
            registers: registers.filter((r) => ownClassIds.includes(r.classId)),
            callHome: calls.filter((c) => ownClassIds.includes(c.classId)),
            cases: shown(mineCases),
            contactGaps: shown(classGaps),
          }
        : null,
      schools: schoolIds.flatMap((schoolId) => {
        const atSchool = classes.filter((c) => c.school_id === schoolId);
        const name = schoolNames.get(schoolId);
        const ids = new Set(atSchool.map((c) => c.id));
        const schoolCases = cases.filter((c) => c.school_id === schoolId);
        const home = shown(schoolCases);
        return [
          {
            id: schoolId,
            name: name ?? '',
            registers: registers.filter((r) => ids.has(r.classId)),
            callHome: calls.filter((c) => ids.has(c.classId)),
            cases: home.filter((c, i) => schoolCases[i]!.stafettholder_id === actor.userId),
            overdueEvaluations: home.filter((c) => c.evaluationOverdue),
            inactiveCases: home.filter((c) => c.inactive),
            contactGaps: home.filter((c) => c.contactGapWeeks.length > 0),
          },
        ];
      }),
    };
    // Only the cases shown are read: the teacher's own, and at a school its overdue and idle ones.
    const read = new Set([
      ...[...(result.mine?.cases ?? []), ...(result.mine?.contactGaps ?? [])].map((c) => c.id),
      ...result.schools.flatMap((s) =>
        [...s.cases, ...s.overdueEvaluations, ...s.inactiveCases, ...s.contactGaps].map((c) => c.id),
      ),
    ]);
    await writeAudit(
      tx,
      actor,
      now,
      cases
        .filter((c) => read.has(c.id))
        .map((c) => ({
          action: 'home.read' as const,
          pupilId: c.pupil_id,
          entity: 'pupil_case' as const,
          entityId: c.id,
          caseId: c.id,
          details: { caseId: c.id },
        })),
    );
    return result;
  });
}

/** Which of the alerts were raised (first computed) on `today`, Norwegian time. */
async function alertsRaisedOn(db: Db, actor: Actor, ids: string[], today: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.withContext(contextOf(actor), (tx) =>
    tx.selectFrom('alert').select(['id', 'created_at']).where('id', 'in', ids).execute(),
  );
  return new Set(rows.filter((r) => osloDate(new Date(r.created_at)) === today).map((r) => r.id));
}

async function registersToday(tx: Tx, classes: ClassRow[], today: string) {
  if (classes.length === 0) return [];
  const taken = await tx
    .selectFrom('class_register as r')
    .select(['r.class_id', 'r.taken_at', 'r.taken_by'])
    .where(
      'r.class_id',
      'in',
      classes.map((c) => c.id),
    )
    .where('r.date', '=', today)
    .execute();
  const names = await userNames(
    tx,
    taken.map((t) => t.taken_by),
  );
  const day = parseIsoDate(today)!;
  const out = [];
  for (const c of classes) {
    const t = taken.find((r) => r.class_id === c.id);
    let schoolDay = false;
    try {
      const cal = await classCalendar(tx, { classId: c.id, schoolId: c.school_id, schoolYear: c.school_year });
      schoolDay = cal.calendar.closedReason(day) === null;
    } catch {
      // No skolerute for the year, or a day outside it: not a school day the register is kept for.
    }
    out.push({
      classId: c.id,
      className: c.name,
      schoolName: c.school_name,
      schoolDay,
      taken: t ? { at: new Date(t.taken_at).toISOString(), byName: names.get(t.taken_by) ?? 'Ukjent' } : null,
    });
  }
  return out;
}

/** Away today, not documented ahead and no word from home: call the guardians today (004 §1.1). */
async function callHomeToday(tx: Tx, classes: ClassRow[], today: string) {
  if (classes.length === 0) return [];
  const events = await tx
    .selectFrom('absence_event as e')
    .innerJoin('pupil as p', 'p.id', 'e.pupil_id')
    .select(['e.pupil_id', 'e.class_id', 'e.kind', 'e.documented', 'e.source', 'p.first_name', 'p.last_name'])
    .where(
      'e.class_id',
      'in',
      classes.map((c) => c.id),
    )
    .where('e.date', '=', today)
    .where('e.deleted_at', 'is', null)
    .execute();
  const byPupil = new Map<string, typeof events>();
  for (const e of events) byPupil.set(e.pupil_id, [...(byPupil.get(e.pupil_id) ?? []), e]);
  const out = [];
  for (const [pupilId, own] of byPupil) {
    const absent = own.some((e) => e.kind === 'day' || e.kind === 'lesson' || e.kind === 'left');
    const reported = own.some((e) => e.source === 'foresatt');
    if (!absent || reported || own.some((e) => e.documented)) continue;
    const first = own[0]!;
    out.push({
      pupilId,
      pupilName: `${first.first_name} ${first.last_name}`,
      classId: first.class_id,
      className: classes.find((c) => c.id === first.class_id)?.name ?? '',
    });
  }
  return out.sort(
    (a, b) => a.className.localeCompare(b.className, 'nb') || a.pupilName.localeCompare(b.pupilName, 'nb'),
  );
}

/**
 * The open cases of the pupils in the user's own classes and at their schools. In an own class, every open case:
 * the weekly contact is the contact teacher's whoever holds the case (decision 206); «Mine saker» keeps the held.
 */
async function openCases(tx: Tx, actor: Actor, ownClassIds: string[], schoolIds: string[]): Promise<HomeCaseRow[]> {
  if (ownClassIds.length === 0 && schoolIds.length === 0) return [];
  return tx
    .selectFrom('pupil_case as pc')
    .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'pc.pupil_id').on('m.valid_to', 'is', null))
    .innerJoin('class as c', 'c.id', 'm.class_id')
    .innerJoin('pupil as p', 'p.id', 'pc.pupil_id')
    .select([
      'pc.id',
      'pc.pupil_id',
      'pc.level',
      'pc.ladder',
      'pc.evaluation_due',
      'pc.stafettholder_id',
      'pc.last_activity_at',
      'p.first_name',
      'p.last_name',
      'c.name as class_name',
      'c.school_id',
      'c.id as class_id',
      'c.school_year',
      'pc.state',
      'pc.weekly_contact',
      'pc.weekly_contact_since',
    ])
    .where('pc.status', '=', 'open')
    .where((eb) =>
      eb.or([
        ...(schoolIds.length ? [eb('c.school_id', 'in', schoolIds)] : []),
        ...(ownClassIds.length ? [eb('c.id', 'in', ownClassIds)] : []),
      ]),
    )
    .orderBy(sql`pc.evaluation_due nulls last`)
    .orderBy('p.last_name')
    .execute();
}

/** Each case's next step: its open tasks at its level, in the ladder's order, earliest due first. */
async function nextSteps(tx: Tx, content: Content, cases: HomeCaseRow[], actor: Actor) {
  const steps = new Map<string, ReturnType<typeof nextStepOf>>();
  if (cases.length === 0) return steps;
  const stored = await tx
    .selectFrom('case_task')
    .select(['case_id', 'level', 'ladder_task_id', 'text', 'due_on'])
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .where('done_on', 'is', null)
    .execute();
  // A task still in the shipped ladder's words reads in the reader's written form (decision 179).
  const { language } = (await readerContentIn(tx, content, actor)).municipalContent;
  const tasks = stored.map((t) => ({ ...t, text: textIn(content, 'ladders', t.text, language) }));
  const ladders = new Map<string, Ladder>();
  for (const c of cases) {
    if (!ladders.has(c.ladder)) ladders.set(c.ladder, await resolveLadder(tx, content, c.ladder));
    steps.set(
      c.id,
      nextStepOf(
        tasks.filter((t) => t.case_id === c.id && t.level === c.level),
        ladders.get(c.ladder)!,
      ),
    );
  }
  return steps;
}
