// The aktivitetsplan of a school environment matter (opplæringslova § 12-4 third paragraph, decision 188):
// saved only with every element the law requires; each missing one named at its field. A new version each
// time (the one replaced goes to record_history); the plan's evaluation date is the matter's.
import type { Db } from '../../db/create-db';
import { activityPlanGaps, type ActivityPlan, type PlanGap } from '../../domain/school-environment/activity-plan';
import { contextOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';
import { matterForEditor } from '../school-environment/matters';
import { getSchoolEnvironmentMatter } from './get-school-environment-matter';

const GAP_MESSAGE: Record<PlanGap['element'], string> = {
  problem: 'Skriv hvilket problem tiltakene skal løse',
  measures: 'Planen må ha minst ett tiltak',
  what: 'Skriv hva tiltaket er',
  when: 'Skriv når tiltaket gjennomføres',
  responsible: 'Skriv hvem som er ansvarlig',
  evaluationOn: 'Velg når tiltakene skal evalueres (ÅÅÅÅ-MM-DD)',
};

export async function saveActivityPlan(
  db: Db,
  actor: Actor,
  matterId: string,
  input: { version: number; plan: ActivityPlan },
  now: Date,
) {
  const plan: ActivityPlan = {
    problem: input.plan.problem.trim(),
    measures: input.plan.measures.map((m) => ({
      what: m.what.trim(),
      when: m.when.trim(),
      responsible: m.responsible.trim(),
    })),
    evaluationOn: input.plan.evaluationOn.trim(),
    pupilView: input.plan.pupilView.trim(),
  };
  const gaps = activityPlanGaps(plan);
  if (gaps.length)
    throw new AppError('validation', 'Aktivitetsplanen mangler noe loven krever (opplæringslova § 12-4).', {
      fields: gaps.map((g) => ({ field: `plan.${g.path}`, message: GAP_MESSAGE[g.element] })),
    });
  await db.withContext(contextOf(actor), async (tx) => {
    const { row } = await matterForEditor(tx, actor, matterId);
    if (row.status === 'closed') throw new AppError('validation', 'Saken er avsluttet; planen kan ikke endres.');
    const today = osloDate(now);
    const version = await updateVersioned(tx, 'school_environment_case', row.id, input.version, {
      plan: JSON.stringify(plan),
      plan_made_on: today,
      evaluation_due: plan.evaluationOn,
      updated_by: actor.userId,
      updated_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'school-environment.plan.save',
        pupilId: row.pupil_id,
        entity: 'school_environment_case',
        entityId: row.id,
        caseId: row.case_id,
        details: { matterId: row.id, version, measures: plan.measures.length, evaluationOn: plan.evaluationOn },
      },
    ]);
  });
  return getSchoolEnvironmentMatter(db, actor, matterId, now);
}
