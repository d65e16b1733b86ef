// The time-driven inbox items (issue 18 item 1, decision 124), made by a periodic job on the app clock:
// a task due tomorrow (to its owner, or the stafettholder when nobody owns it), an evaluation due or
// overdue (to the stafettholder), and a new concern on a class still not handled after the school day
// (to the class's contact teacher); a referral waiting longer than the municipality's limit (to the
// stafettholder, content/settings, decision 137); a school week over without the weekly contact with the pupil or
// the home (to the stafettholder and the class's contact teachers, decision 194); an aktivitetsplan's evaluation a
// few school days ahead (to the school's leadership and the pupil's contact teachers, decision 212); and the
// same-day notice to guardians (same-day-notice.ts, decision 134). Each is put in once (its dedupe key); running the job again changes
// nothing, so it may run as often as it likes and after a restart.
import { sql } from 'kysely';
import { formatIsoDate, isoWeekday, parseIsoDate } from '../../domain/calendar/dates';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { evaluationOutstanding, evaluationReminderFrom } from '../../domain/school-environment/activity-plan';
import { classCalendar } from '../absence/calendar';
import { pupilPlace } from '../absence/place';
import type { Db, Tx } from '../../db/create-db';
import { weeklyContactsOf } from '../cases/weekly-contact';
import type { Content } from '../content/load-content';
import { referralWaitDays, type NoticeSettings } from '../../domain/inbox/notice-settings';
import { osloDate } from '../clock';
import { contactTeachersOf, notify, osloOffsetMinutes, usersWithRole, type NewInboxItem } from './notify';
import { monthFrom } from '../../domain/decisions/appeal-deadline';
import { sendSameDayNotices } from './same-day-notice';

/** The referral statuses that wait for the service's answer: sent, and received by the service. */
export const WAITING_REFERRAL = ['sendt', 'mottatt'] as const;

/** When the school day is over and a concern still new is told to the contact teacher: 16:00 Oslo time. */
export const END_OF_SCHOOL_DAY_HOUR = 16;

/**
 * Puts the time-driven items in the inboxes. `content`: the ladders the weekly contact reads; without it (a caller
 * that has no content) the contact gaps are not looked for.
 */
export async function remindDue(
  db: Db,
  now: Date,
  settings?: NoticeSettings,
  content?: Content,
): Promise<{ items: number }> {
  const today = osloDate(now);
  const tomorrow = formatIsoDate(parseIsoDate(today)! + 1);
  const localHour = new Date(now.getTime() + osloOffsetMinutes(now) * 60_000).getUTCHours();
  const kommuner = (await sql<{ id: string }>`select id from kommune order by id`.execute(db.owner)).rows;
  let count = 0;
  for (const k of kommuner) {
    count += await db.withContext({ kommuneId: k.id }, async (tx) => {
      const items: NewInboxItem[] = [];
      const tasks = await tx
        .selectFrom('case_task as t')
        .innerJoin('pupil_case as c', 'c.id', 't.case_id')
        .select(['t.id', 't.case_id', 't.owner_id', 'c.stafettholder_id', 'c.pupil_id'])
        .where('c.status', '=', 'open')
        .where('t.done_on', 'is', null)
        .where('t.due_on', '=', tomorrow)
        .execute();
      for (const t of tasks)
        items.push({
          userId: t.owner_id ?? t.stafettholder_id,
          kind: 'task-due',
          caseId: t.case_id,
          pupilId: t.pupil_id,
          taskId: t.id,
          dedupeKey: `task-due:${t.id}:${tomorrow}`,
        });
      const evaluations = await tx
        .selectFrom('pupil_case')
        .select(['id', 'pupil_id', 'stafettholder_id', 'evaluation_due'])
        .where('status', '=', 'open')
        .where('evaluation_due', '<=', today)
        .execute();
      for (const c of evaluations)
        items.push({
          userId: c.stafettholder_id,
          kind: 'evaluation-due',
          caseId: c.id,
          pupilId: c.pupil_id,
          dedupeKey: `evaluation-due:${c.id}:${c.evaluation_due}`,
        });
      if (settings) {
        const referrals = await tx
          .selectFrom('case_referral as r')
          .innerJoin('pupil_case as c', 'c.id', 'r.case_id')
          .select(['r.id', 'r.service', 'r.sent_on', 'r.case_id', 'c.pupil_id', 'c.stafettholder_id'])
          .where('c.status', '=', 'open')
          .where('r.status', 'in', [...WAITING_REFERRAL])
          .where('r.answered_on', 'is', null)
          .where('r.sent_on', 'is not', null)
          .execute();
        for (const r of referrals)
          if (parseIsoDate(r.sent_on!)! + referralWaitDays(settings, r.service) <= parseIsoDate(today)!)
            items.push({
              userId: r.stafettholder_id,
              kind: 'referral-waiting',
              caseId: r.case_id,
              pupilId: r.pupil_id,
              dedupeKey: `referral-waiting:${r.id}`,
            });
      }
      if (content) items.push(...(await contactGaps(tx, content, today)));
      items.push(...(await activityPlanEvaluations(tx, today)));
      items.push(...(await decisionDeadlines(tx, today, tomorrow)));
      items.push(...(await decisionsWaiting(tx, today)));
      if (localHour >= END_OF_SCHOOL_DAY_HOUR) {
        const concerns = await tx
          .selectFrom('alert as a')
          .innerJoin('class_membership as m', (j) =>
            j
              .onRef('m.pupil_id', '=', 'a.pupil_id')
              .on('m.valid_from', '<=', today)
              .on((eb) => eb.or([eb('m.valid_to', 'is', null), eb('m.valid_to', '>=', today)])),
          )
          .select(['a.pupil_id', 'm.class_id'])
          .distinct()
          .where('a.status', '=', 'new')
          .where('a.retired_at', 'is', null)
          .execute();
        for (const c of concerns)
          for (const userId of await contactTeachersOf(tx, c.class_id))
            items.push({
              userId,
              kind: 'concern-unhandled',
              pupilId: c.pupil_id,
              dedupeKey: `concern-unhandled:${c.pupil_id}:${today}`,
            });
      }
      await notify(tx, k.id, items, now);
      return items.length;
    });
  }
  return { items: count };
}

/**
 * The decisions whose deadline is close (decision 216), to the school's leadership once per deadline: the
 * guardians' reply due tomorrow (or already past without a reply recorded), and an appeal the school has not
 * reassessed a week before the month of fvl § 11 a runs out.
 */
async function decisionDeadlines(tx: Tx, today: string, tomorrow: string): Promise<NewInboxItem[]> {
  const rows = await tx
    .selectFrom('case_decision as d')
    .innerJoin('pupil_case as c', 'c.id', 'd.case_id')
    .select(['d.id', 'd.status', 'd.reply_by', 'd.appeal_received_on', 'd.case_id', 'd.pupil_id', 'c.school_id'])
    .where('d.status', 'in', ['notice-sent', 'appealed'])
    .execute();
  const items: NewInboxItem[] = [];
  for (const d of rows) {
    const due =
      d.status === 'notice-sent' && d.reply_by && d.reply_by <= tomorrow
        ? { kind: 'reply-due', on: d.reply_by }
        : d.status === 'appealed' && d.appeal_received_on
          ? { kind: 'reassess', on: monthFrom(d.appeal_received_on) }
          : null;
    if (!due || (due.kind === 'reassess' && parseIsoDate(due.on)! - 7 > parseIsoDate(today)!)) continue;
    for (const userId of await usersWithRole(tx, 'skoleledelse', d.school_id))
      items.push({
        userId,
        kind: 'decision-deadline',
        caseId: d.case_id,
        pupilId: d.pupil_id,
        dedupeKey: `decision-deadline:${d.id}:${due.kind}:${due.on}`,
      });
  }
  return items;
}

/**
 * An appeal sent on to the Statsforvalteren that has waited a month without an outcome recorded (decision 236), to
 * the school's leadership once: by then the family should have had a foreløpig svar (fvl § 11 a tredje ledd), and
 * the school can ask how it stands. The month is counted as for the school's own reassessment (decision 216).
 */
async function decisionsWaiting(tx: Tx, today: string): Promise<NewInboxItem[]> {
  const rows = await tx
    .selectFrom('case_decision as d')
    .innerJoin('pupil_case as c', 'c.id', 'd.case_id')
    .select(['d.id', 'd.forwarded_on', 'd.case_id', 'd.pupil_id', 'c.school_id'])
    .where('d.status', '=', 'forwarded')
    .where('d.forwarded_on', 'is not', null)
    .execute();
  const items: NewInboxItem[] = [];
  for (const d of rows) {
    const month = monthFrom(d.forwarded_on!);
    if (month > today) continue;
    for (const userId of await usersWithRole(tx, 'skoleledelse', d.school_id))
      items.push({
        userId,
        kind: 'decision-waiting',
        caseId: d.case_id,
        pupilId: d.pupil_id,
        dedupeKey: `decision-waiting:${d.id}:${month}`,
      });
  }
  return items;
}

/**
 * The latest gap of each open case's weekly contact, to the stafettholder and the pupil's contact teachers: once
 * per case and week (the week's Monday in the key). An older gap was told when it was the latest.
 */
async function contactGaps(tx: Tx, content: Content, today: string): Promise<NewInboxItem[]> {
  const cases = await tx
    .selectFrom('pupil_case as c')
    .innerJoin('class_membership as m', (j) => j.onRef('m.pupil_id', '=', 'c.pupil_id').on('m.valid_to', 'is', null))
    .innerJoin('class as k', 'k.id', 'm.class_id')
    .select([
      'c.id',
      'c.pupil_id',
      'c.ladder',
      'c.state',
      'c.weekly_contact',
      'c.weekly_contact_since',
      'c.stafettholder_id',
      'm.class_id',
      'k.school_id',
      'k.school_year',
    ])
    .where('c.status', '=', 'open')
    .execute();
  const weekly = await weeklyContactsOf(
    tx,
    content,
    cases,
    today,
    new Map(cases.map((c) => [c.pupil_id, { classId: c.class_id, schoolId: c.school_id, schoolYear: c.school_year }])),
  );
  const items: NewInboxItem[] = [];
  for (const c of cases) {
    const gap = weekly.get(c.id)?.gaps.at(-1);
    if (!gap) continue;
    const teachers = await contactTeachersOf(tx, c.class_id);
    for (const userId of new Set([c.stafettholder_id, ...teachers]))
      items.push({
        userId,
        kind: 'contact-gap',
        caseId: c.id,
        pupilId: c.pupil_id,
        dedupeKey: `contact-gap:${c.id}:${gap.monday}`,
      });
  }
  return items;
}

/**
 * The aktivitetsplan of an open school environment matter whose evaluation is a few school days away (decision
 * 212), or past and not yet done: to the school's leadership, who record the evaluation, and the pupil's contact
 * teachers, who often carry the measures. Once per matter and evaluation date (the date in the key): a revised plan
 * with a new date is reminded again. The school days are the pupil's class calendar; outside it, Monday to Friday.
 */
async function activityPlanEvaluations(tx: Tx, today: string): Promise<NewInboxItem[]> {
  const matters = await tx
    .selectFrom('school_environment_case')
    .select(['id', 'pupil_id', 'school_id', 'evaluation_due', 'evaluated_on', 'plan_made_on'])
    .where('status', '=', 'open')
    .where('evaluation_due', 'is not', null)
    // Nothing within a month is three school days away (the longest holiday within a school year is shorter).
    .where('evaluation_due', '<=', formatIsoDate(parseIsoDate(today)! + 31))
    .execute();
  const items: NewInboxItem[] = [];
  const calendars = new Map<string, CompiledCalendar | null>();
  for (const m of matters) {
    const facts = { planMadeOn: m.plan_made_on, evaluationDue: m.evaluation_due, evaluatedOn: m.evaluated_on };
    if (!evaluationOutstanding(facts)) continue;
    const place = await pupilPlace(tx, m.pupil_id).catch(() => null);
    const key = place ? `${place.classId}:${place.schoolYear}` : '';
    if (place && !calendars.has(key))
      calendars.set(
        key,
        await classCalendar(tx, place).then(
          (c) => c.calendar,
          () => null,
        ),
      );
    const calendar = calendars.get(key) ?? null;
    const isSchoolDay = (iso: string) => {
      const day = parseIsoDate(iso)!;
      return calendar && day >= calendar.firstDay && day <= calendar.lastDay
        ? calendar.indexOf(day) >= 0
        : isoWeekday(day) <= 5;
    };
    if (today < evaluationReminderFrom(m.evaluation_due!, isSchoolDay)) continue;
    const leaders = await usersWithRole(tx, 'skoleledelse', m.school_id);
    const teachers = place ? await contactTeachersOf(tx, place.classId) : [];
    for (const userId of new Set([...leaders, ...teachers]))
      items.push({
        userId,
        kind: 'school-environment-due',
        pupilId: m.pupil_id,
        dedupeKey: `school-environment-due:${m.id}:${m.evaluation_due}`,
      });
  }
  return items;
}

/**
 * Runs `remindDue` and the same-day notice every `intervalMs` on the app clock; a failed round is told once
 * and tried at the next tick. `notices`: the content's settings, and whether SMS is configured.
 */
export function startReminders(
  db: Db,
  clock: { now(): Date },
  intervalMs: number,
  log: (line: string) => void = () => {},
  notices?: { settings: NoticeSettings; sms: boolean; content?: Content },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let failing = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const now = clock.now();
    running = remindDue(db, now, notices?.settings, notices?.content)
      .then(() => notices && sendSameDayNotices(db, notices.settings, { sms: notices.sms }, now))
      .then(
        () => (failing = false),
        (err: unknown) => {
          if (!failing)
            log(`Påminnelsene i innboksen feilet (${err instanceof Error ? err.message : String(err)}); prøver igjen.`);
          failing = true;
        },
      )
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
