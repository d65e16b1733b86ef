// Plans in a case (decision 064): a tiltaksplan, samarbeidsavtale, dagsplan, gradual return or teaching
// during illness, stored as the domain's Plan (src/domain/plans). Every edit, activation and closing is a
// new version (the replaced one goes to record_history); activation asks `canActivatePlan` with the
// case's facts and returns the domain's Norwegian reasons as a 400 with their codes and paths.
import { sql, type Selectable } from 'kysely';
import {
  parsePlan,
  planAttendance,
  planPeriod,
  type CaseFacts,
  type Notice,
  type Plan,
  type Problem,
} from '../../domain/plans';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { pupilCheckinFacts } from '../pupil-page/pupil-entries';
import { partnerServiceOf, type Actor } from '../actor';
import { AppError } from '../errors';
import type { caseForStaff } from './case-place';
import { classCalendar } from '../absence/calendar';
import { loadPupilEvents } from '../absence/evaluate-pupil';
import { presentPlanSummary } from '../presenters/plans';
import { pupilViewOf } from '../../domain/plans/pupil-voice';

export type PlanRow = Selectable<Database['case_plan']>;

/** The case's plans for the case page, newest first. */
export async function planSummaries(tx: Tx, caseId: string) {
  const rows = await tx
    .selectFrom('case_plan')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(presentPlanSummary);
}

export const fields = (problems: Problem[]) => problems.map((p) => ({ field: p.path, message: p.message }));

export function parseOrRefuse(content: unknown): Plan {
  const parsed = parsePlan(content);
  if (!parsed.ok)
    throw new AppError(
      'validation',
      `Planen kan ikke lagres: ${parsed.problems[0]!.message}${parsed.problems.length > 1 ? ` (og ${parsed.problems.length - 1} til)` : ''}.`,
      { fields: fields(parsed.problems) },
    );
  return parsed.plan;
}

// Whether a table of migration 0015 (forms and statements in the case) is there yet; until it is, the case
// simply holds no forms or statements.
export async function tableExists(tx: Tx, name: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`select to_regclass(${`public.${name}`}) is not null as ok`.execute(tx);
  return r.rows[0]?.ok === true;
}

/** What the plan rules need to know about the case, as of `today`. */
export async function caseFacts(tx: Tx, caseId: string, today: string, exceptPlanId?: string): Promise<CaseFacts> {
  const assessments = await tx
    .selectFrom('case_assessment')
    .select(['id', 'kind', 'issued_on', 'issued_by', 'recommendations', 'valid_until'])
    .where('case_id', '=', caseId)
    .execute();
  const referrals = await tx
    .selectFrom('case_referral')
    .select(['service', 'status'])
    .where('case_id', '=', caseId)
    .execute();
  const plans = await tx
    .selectFrom('case_plan')
    .select(['id', 'kind'])
    .where('case_id', '=', caseId)
    .where('status', '!=', 'avsluttet')
    .execute();
  const forms = (await tableExists(tx, 'case_form'))
    ? (
        await sql<{
          id: string;
          form_id: string;
          form_version: number;
          audience: string;
          filled_on: string;
          answers: unknown;
        }>`select id::text as id, form_id, form_version, audience, filled_on::text as filled_on, answers from case_form where case_id = ${caseId} and filled_on is not null`.execute(
          tx,
        )
      ).rows
    : [];
  const statements = (await tableExists(tx, 'case_statement'))
    ? (
        await sql<{
          id: string;
          person_name: string;
          relation: string;
          chosen_by_pupil: boolean;
          statement: string;
          given_on: string;
        }>`select id::text as id, person_name, relation, chosen_by_pupil, statement, given_on::text as given_on from case_statement where case_id = ${caseId}`.execute(
          tx,
        )
      ).rows
    : [];
  return {
    asOf: today,
    filledForms: forms.map((f) => ({
      id: f.id,
      kind: f.form_id,
      audience: f.audience as CaseFacts['filledForms'][number]['audience'],
      filledOn: f.filled_on,
      version: f.form_version,
      pupilView: pupilViewOf(f.form_id, typeof f.answers === 'string' ? JSON.parse(f.answers) : f.answers),
    })),
    trustedPersonStatements: statements.map((s) => ({
      id: s.id,
      name: s.person_name,
      relation: s.relation,
      chosenByPupil: s.chosen_by_pupil,
      statement: s.statement,
      recordedOn: s.given_on,
    })),
    pupilCheckins: await pupilCheckinFacts(tx, caseId),
    assessments: assessments.map((a) => ({
      id: a.id,
      kind: a.kind,
      issuedOn: a.issued_on,
      issuedBy: a.issued_by,
      recommendations: a.recommendations,
      validUntil: a.valid_until,
    })),
    referrals,
    plans: plans.filter((p) => p.id !== exceptPlanId).map((p) => ({ id: p.id, kind: p.kind })),
  };
}

export async function loadPlan(tx: Tx, caseId: string, planId: string): Promise<PlanRow> {
  const row = await tx
    .selectFrom('case_plan')
    .selectAll()
    .where('id', '=', planId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke planen.');
  return row;
}

/** Attendance before and during the plan's period; null for a dagsplan, a partner (no absence data) or a school without a calendar. */
export async function attendanceOf(
  tx: Tx,
  actor: Actor,
  place: Awaited<ReturnType<typeof caseForStaff>>['place'],
  plan: Plan,
  today: string,
) {
  if (partnerServiceOf(actor) !== null) return null;
  const period = planPeriod(plan);
  if (period === null || period.from > today) return null;
  const { calendar } = await classCalendar(tx, place).catch(() => ({ calendar: null }));
  if (!calendar) return null;
  const events = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
  return planAttendance(calendar, events, plan, today);
}

export function refusal(lead: string, reasons: Notice[], warnings: Notice[]): AppError {
  return new AppError('validation', `${lead}: ${reasons.map((r) => r.message).join(' ')}`, {
    reasons,
    warnings,
    fields: reasons.filter((r) => r.path).map((r) => ({ field: r.path!, message: r.message })),
  });
}
