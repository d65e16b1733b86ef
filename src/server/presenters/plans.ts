// How a plan is shown: the line on the case page and the whole plan with what activation would say today.
import { planTitle } from '../../domain/plans/blank';
import {
  canActivatePlan,
  completenessProblems,
  pupilVoiceEvidence,
  PLAN_KIND_NAMES,
  type CaseFacts,
  type Plan,
} from '../../domain/plans';
import { storedHeard } from '../../domain/ladder/heard';
import type { attendanceOf } from '../cases/plans';
import { type PlanRow } from '../cases/plans';

export const STATUS_LABEL = { utkast: 'Utkast', aktiv: 'Aktiv', avsluttet: 'Avsluttet' } as const;

export function presentPlanSummary(r: PlanRow) {
  const plan = r.content as Plan;
  return { id: r.id, kind: r.kind, title: planTitle(plan), status: r.status, version: r.version };
}

export function presentPlan(
  row: PlanRow,
  facts: CaseFacts,
  names: Map<string, string>,
  attendance: Awaited<ReturnType<typeof attendanceOf>>,
) {
  const plan = row.content as Plan;
  const check = canActivatePlan(plan, facts);
  return {
    ...presentPlanSummary(row),
    kindName: PLAN_KIND_NAMES[row.kind],
    statusLabel: STATUS_LABEL[row.status],
    content: plan,
    activatedOn: row.activated_on,
    activatedByName: row.activated_by ? (names.get(row.activated_by) ?? null) : null,
    activationHeard: storedHeard(row.activation_heard),
    closedOn: row.closed_on,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedByName: names.get(row.updated_by) ?? 'Ukjent',
    // What activation would say today: the reasons it is refused, and the warnings it carries either way.
    activation: { ok: check.ok, reasons: check.ok ? [] : check.reasons, warnings: check.warnings },
    missing: completenessProblems(plan),
    pupilVoice: pupilVoiceEvidence(facts),
    attendance,
  };
}
