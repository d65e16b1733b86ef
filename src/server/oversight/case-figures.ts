// Loads the case side's figures (issue 19 item 1, decisions 155–156) in the caller's transaction, under row-level
// security: the rows the case screens show — alerts that make a concern (open or handled, computed by the school's
// current rules), the contact log's contacts with the home, the cases with the states their actions left, the
// waiting referrals — reduced to plain data for src/domain/oversight/case-figures.ts. Nothing here names a pupil
// to the caller: the pupils' ids stay inside, and the answer is counts and days.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import {
  caseFigures,
  type CaseFiguresInput,
  type CaseStep,
  type DateRange,
  type FigureCase,
  type SchoolCaseFigures,
} from '../../domain/oversight/case-figures';
import { publishOwnerCaseFigures } from '../../domain/oversight/owner-case-figures';
import type { OwnerCaseFiguresResponse } from '../../contract/case-figures';
import { schoolYearOf } from '../../domain/roster/fields';
import { osloDate } from '../clock';
import { WAITING_REFERRAL } from '../inbox/reminders';

type Rows = { [K in keyof CaseFiguresInput]: CaseFiguresInput[K][number][] };
const empty = (): Rows => ({
  alerts: [],
  contacts: [],
  cases: [],
  referrals: [],
});

type Stored = { type?: string; on?: string; outcome?: string };
type StoredState = { status?: string; level?: number; evaluationDue?: string; since?: string };

/** Each school's rows for the figures over `range` (and today's for what is waiting), by school id. */
export async function loadCaseFigureInputs(
  tx: Tx,
  schoolIds: readonly string[],
  range: DateRange,
): Promise<Map<string, CaseFiguresInput>> {
  const inputs = new Map(schoolIds.map((id) => [id, empty()]));
  if (schoolIds.length === 0) return inputs;
  const ids = [...schoolIds];
  // An alert that ended before the range can still start an episode that reaches into it; one that ended before
  // the range began cannot change a figure of it, since the episode began before the range either way.
  const alerts = await tx
    .selectFrom('alert')
    .select(['pupil_id', 'school_id', 'started_on', 'ended_on'])
    .where('school_id', 'in', ids)
    .where('status', 'in', ['new', 'seen', 'handled'])
    .where('retired_at', 'is', null)
    .where('started_on', '<=', range.to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', range.from)]))
    .execute();
  const pupilsAt = new Map<string, Set<string>>();
  for (const a of alerts) {
    inputs.get(a.school_id)!.alerts.push({ pupilId: a.pupil_id, startedOn: a.started_on, endedOn: a.ended_on });
    pupilsAt.set(a.pupil_id, (pupilsAt.get(a.pupil_id) ?? new Set()).add(a.school_id));
  }
  // Contacts with the home logged by a person (not the automatic same-day notice), open to the school.
  const pupils = [...pupilsAt.keys()];
  const contacts = pupils.length
    ? await tx
        .selectFrom('contact_log')
        .select(['pupil_id', 'contacted_at'])
        .where('pupil_id', 'in', pupils)
        .where('recorded_by', 'is not', null)
        .where('restricted_to', 'is', null)
        .where(sql<boolean>`'foresatt' = any(with_whom)`)
        // From the evening before in UTC: Oslo's first hours of the range's first day (the domain keeps the days).
        .where('contacted_at', '>=', new Date(`${range.from}T00:00:00+02:00`))
        .execute()
    : [];
  for (const c of contacts)
    for (const school of pupilsAt.get(c.pupil_id) ?? [])
      inputs.get(school)!.contacts.push({ pupilId: c.pupil_id, on: osloDate(new Date(c.contacted_at)) });
  // Cases of the schools open on some day of the range, or opened in it.
  const cases = (
    await tx
      .selectFrom('pupil_case')
      .select(['id', 'pupil_id', 'school_id', 'opened_at', 'status', 'level', 'evaluation_due', 'last_activity_at'])
      .where('school_id', 'in', ids)
      .where((eb) =>
        eb.or([eb('status', '=', 'open'), eb('last_activity_at', '>=', new Date(`${range.from}T00:00:00Z`))]),
      )
      .execute()
  ).filter((c) => osloDate(new Date(c.opened_at)) <= range.to);
  const actions = cases.length
    ? await tx
        .selectFrom('case_action')
        .select(['case_id', 'action', 'state_after'])
        .where(
          'case_id',
          'in',
          cases.map((c) => c.id),
        )
        .orderBy('id')
        .execute()
    : [];
  const stepsOf = new Map<string, CaseStep[]>();
  for (const a of actions) {
    const action = a.action as Stored;
    const state = a.state_after as StoredState;
    const on = action.on ?? state.since;
    if (!on || state.level === undefined) continue;
    stepsOf.set(a.case_id, [
      ...(stepsOf.get(a.case_id) ?? []),
      {
        on,
        type: action.type ?? '',
        outcome: action.outcome,
        status: state.status === 'closed' ? 'closed' : 'open',
        level: state.level,
        evaluationDue: state.evaluationDue ?? null,
      },
    ]);
  }
  for (const c of cases) {
    const openedOn = osloDate(new Date(c.opened_at));
    // A case whose history does not start with its opening (written before the actions were kept) was open,
    // at the level of its first known state, from the day it was opened.
    const known = stepsOf.get(c.id) ?? [];
    const first = known[0];
    const steps: CaseStep[] =
      first && first.on <= openedOn
        ? known
        : [
            {
              on: openedOn,
              type: 'open',
              status: first ? 'open' : c.status,
              level: first?.level ?? c.level,
              evaluationDue: first ? null : c.evaluation_due,
            },
            ...known,
          ];
    const figureCase: FigureCase = {
      pupilId: c.pupil_id,
      openedOn,
      status: c.status,
      evaluationDue: c.evaluation_due,
      steps,
    };
    inputs.get(c.school_id)!.cases.push(figureCase);
  }
  // Referrals waiting today (decision 137's «waiting», without its limit).
  const referrals = await tx
    .selectFrom('case_referral as r')
    .innerJoin('pupil_case as c', 'c.id', 'r.case_id')
    .select(['c.school_id', 'r.service', 'r.sent_on'])
    .where('c.school_id', 'in', ids)
    .where('c.status', '=', 'open')
    .where('r.status', 'in', [...WAITING_REFERRAL])
    .where('r.answered_on', 'is', null)
    .where('r.sent_on', 'is not', null)
    .execute();
  for (const r of referrals) inputs.get(r.school_id)!.referrals.push({ service: r.service, sentOn: r.sent_on! });
  return inputs;
}

/** The school year so far for one school: from its skolerute's first day (1 August without one) to today. */
export async function schoolYearSoFar(tx: Tx, schoolId: string, today: string): Promise<DateRange> {
  const year = schoolYearOf(today);
  const calendar = await tx
    .selectFrom('school_calendar')
    .select(['first_day', 'last_day'])
    .where('school_id', '=', schoolId)
    .where('school_year', '=', year)
    .executeTakeFirst();
  const from = calendar && calendar.first_day <= today ? calendar.first_day : `${year}-08-01`;
  return { from, to: calendar && calendar.last_day < today ? calendar.last_day : today };
}

/** One school's case figures, by month of the school year so far: for its own reviews (names stay out). */
export async function schoolCaseFigures(tx: Tx, schoolId: string, today: string): Promise<SchoolCaseFigures> {
  const range = await schoolYearSoFar(tx, schoolId, today);
  const inputs = await loadCaseFigureInputs(tx, [schoolId], range);
  return caseFigures(inputs.get(schoolId)!, range, today);
}

/** The kommune's schools' case figures over `range` as the school owner may see them (decisions 128, 156). */
export async function ownerCaseFigures(
  tx: Tx,
  schools: readonly { id: string; name: string }[],
  range: DateRange,
  today: string,
): Promise<OwnerCaseFiguresResponse> {
  const inputs = await loadCaseFigureInputs(
    tx,
    schools.map((s) => s.id),
    range,
  );
  const all = schools.map((s) => inputs.get(s.id)!);
  const pooled: CaseFiguresInput = {
    alerts: all.flatMap((i) => i.alerts),
    contacts: all.flatMap((i) => i.contacts),
    cases: all.flatMap((i) => i.cases),
    referrals: all.flatMap((i) => i.referrals),
  };
  const published = publishOwnerCaseFigures(
    all.map((i) => caseFigures(i, range, today)),
    caseFigures(pooled, range, today),
  );
  return {
    ...published,
    schools: published.schools.map((row, i) => ({ id: schools[i]!.id, name: schools[i]!.name, ...row })),
  };
}
