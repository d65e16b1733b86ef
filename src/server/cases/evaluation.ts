// The case and its active plan share one evaluation date, and activating a plan starts the measures
// (decision 102). The case's state is where the date lives; an active plan that has an evaluation date
// (samarbeidsavtale, gradual return, teaching during illness) is kept equal to it, as a new version.
import type { Heard } from '../../domain/ladder/heard';
import { storedCaseState, transition, type CaseAction } from '../../domain/ladder/case-machine';
import { countFollowed, PLAN_KIND_NAMES, teachingNotes, type FollowedCount, type Plan } from '../../domain/plans';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import type { Tx } from '../../db/create-db';
import type { Actor } from '../actor';
import { classCalendar } from '../absence/calendar';
import type { PupilPlace } from '../absence/place';
import { osloDate } from '../clock';
import { resolveLadder } from '../ladder/resolve-ladder';
import type { Content } from '../content/load-content';
import { updateVersioned } from '../versioned';
import { stateColumns } from './case-place';

const planEvaluationOn = (plan: Plan): string | null | undefined =>
  'evaluationOn' in plan ? plan.evaluationOn : undefined;

/**
 * After a plan is activated or its evaluation date edited: the case's measures start with the activation
 * (when they have not yet started at this level) and the case takes the plan's evaluation date (when it
 * is after today). Stores the case's new state and the action that made it.
 */
export async function followPlan(
  tx: Tx,
  content: Content,
  actor: Actor,
  caseId: string,
  place: PupilPlace,
  plan: Plan,
  now: Date,
  how: { activated: boolean; planId: string; heard?: Heard | null },
): Promise<void> {
  const row = await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const state = storedCaseState(row.state);
  if (state.status !== 'open') return;
  const today = osloDate(now);
  const agreed = planEvaluationOn(plan);
  const evaluationOn = agreed && agreed > today ? agreed : undefined;
  let action: CaseAction | null = null;
  if (how.activated && state.measuresStartedOn === null)
    // The activation carried «Elevens stemme og barnets beste» (decision 204); the step keeps it.
    action = {
      type: 'start-measures',
      on: today,
      planId: how.planId,
      heard: how.heard ?? null,
      ...(evaluationOn ? { evaluationOn } : {}),
    };
  else if (evaluationOn && evaluationOn !== state.evaluationDue)
    action = {
      type: 'set-evaluation-date',
      on: today,
      evaluationOn,
      reason: 'Evalueringsdatoen i planen saken følger.',
    };
  if (action === null) return;
  const ladder = await resolveLadder(tx, content, row.ladder);
  const { calendar } = await classCalendar(tx, place);
  const result = transition(ladder, state, action, { calendar });
  // A plan dated before the case's last change cannot move it; the plan is still active.
  if (!result.ok) return;
  await updateVersioned(tx, 'pupil_case', caseId, row.version, { ...stateColumns(result.next), last_activity_at: now });
  await tx
    .insertInto('case_action')
    .values({
      kommune_id: actor.kommuneId,
      case_id: caseId,
      action: JSON.stringify({ ...action, planId: how.planId }),
      state_after: JSON.stringify(result.next),
      acted_by: actor.userId,
      acted_at: now,
    })
    .execute();
  if (result.next.status === 'open') await shareEvaluationDate(tx, actor, caseId, result.next.evaluationDue, now);
}

/** Gives the case's active plans that carry an evaluation date the case's one, each as a new version. */
export async function shareEvaluationDate(
  tx: Tx,
  actor: Actor,
  caseId: string,
  evaluationDue: string,
  now: Date,
): Promise<void> {
  const active = await tx
    .selectFrom('case_plan')
    .select(['id', 'version', 'content'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'aktiv')
    .execute();
  for (const plan of active) {
    const content = plan.content as Plan;
    const agreed = planEvaluationOn(content);
    if (agreed === undefined || agreed === evaluationDue) continue;
    await updateVersioned(tx, 'case_plan', plan.id, plan.version, {
      content: JSON.stringify({ ...content, evaluationOn: evaluationDue }),
      updated_by: actor.userId,
      updated_at: now,
    });
  }
}

/** A plan's version now: following the case may have saved it again after `saved`. */
export async function planVersion(tx: Tx, planId: string, saved: number): Promise<number> {
  const row = await tx.selectFrom('case_plan').select('version').where('id', '=', planId).executeTakeFirst();
  return row?.version ?? saved;
}

/** A measure of an active plan as the evaluation judges it (decision 104), with its «Fulgt i dag» count (decision 191). */
export type MeasureToEvaluate = {
  measure: string;
  planTitle: string;
  /** The measure's id in its plan, so a judgement can be matched to its count. */
  measureId: string;
  /** Marked «Gjelder i undervisningen»: the school days the teachers confirmed it followed, since the plan's activation. */
  followed: FollowedCount | null;
};

/**
 * The measures of the case's active plans, each to be judged at the evaluation (decision 104); a measure for
 * the teaching staff carries how many school days of the pupil's skolerute it was confirmed followed, from
 * the plan's activation to today (decision 191).
 */
export async function measuresToEvaluate(
  tx: Tx,
  caseId: string,
  counting?: { calendar: CompiledCalendar; today: string },
): Promise<MeasureToEvaluate[]> {
  const active = await tx
    .selectFrom('case_plan')
    .select(['id', 'content', 'activated_on'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'aktiv')
    .orderBy('created_at')
    .execute();
  const confirmations = await tx
    .selectFrom('measure_confirmation')
    .select(['plan_id', 'measure_id', 'date'])
    .where('case_id', '=', caseId)
    .execute();
  return active.flatMap(({ id, content, activated_on }) => {
    const plan = content as Plan;
    const planTitle = PLAN_KIND_NAMES[plan.kind];
    const forTeaching = new Set(teachingNotes(plan).map((n) => n.measureId));
    const followed = (measureId: string): FollowedCount | null => {
      if (!counting || !forTeaching.has(measureId)) return null;
      const since = activated_on ?? counting.today;
      const dates = confirmations.filter((c) => c.plan_id === id && c.measure_id === measureId).map((c) => c.date);
      return countFollowed(counting.calendar, since, counting.today, dates);
    };
    const each = (measureId: string, measure: string) => ({
      measure,
      planTitle,
      measureId,
      followed: followed(measureId),
    });
    if (plan.kind === 'samarbeidsavtale') return plan.rows.map((r) => each(r.id, r.measure));
    if (plan.kind === 'tiltaksplan') return plan.measures.map((m) => each(m.id, m.description));
    return [];
  });
}
