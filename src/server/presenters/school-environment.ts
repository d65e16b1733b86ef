// The school environment matter as the API answers it (decisions 187–189).
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import { matterFlags, matterSteps, type MatterFacts } from '../../domain/school-environment/activity-plan';
import type { Matter, MatterSummary } from '../../contract/school-environment';
import type { PupilPlace } from '../absence/place';
import type { MatterRow } from '../school-environment/matters';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function matterFacts(row: MatterRow): MatterFacts {
  return {
    status: row.status,
    adultInvolved: row.adult_involved,
    knownOn: row.known_on,
    leaderNotifiedAt: iso(row.leader_notified_at)!,
    ownerNotifiedAt: iso(row.owner_notified_at),
    investigatedOn: row.investigated_on,
    planMadeOn: row.plan_made_on,
    evaluationDue: row.evaluation_due,
    evaluatedOn: row.evaluated_on,
    closedOn: row.closed_on,
  };
}

export function presentMatterSummary(
  row: MatterRow,
  place: { firstName: string; lastName: string; className: string },
  today: string,
): MatterSummary {
  return {
    id: row.id,
    pupilId: row.pupil_id,
    pupilName: `${place.firstName} ${place.lastName}`,
    className: place.className,
    caseId: row.case_id,
    status: row.status,
    adultInvolved: row.adult_involved,
    knownOn: row.known_on,
    evaluationDue: row.evaluation_due,
    flags: matterFlags(matterFacts(row), today),
  };
}

export function presentMatter(
  row: MatterRow,
  place: PupilPlace,
  names: Map<string, string>,
  today: string,
  canEdit: boolean,
  sentHomeAt: Date | null = null,
): Matter {
  return {
    ...presentMatterSummary(row, place, today),
    schoolName: place.schoolName,
    startedFrom: row.started_from,
    reportedByName: names.get(row.reported_by) ?? '',
    reportedAt: iso(row.reported_at)!,
    report: row.report,
    leaderNotifiedAt: iso(row.leader_notified_at)!,
    ownerNotifiedAt: iso(row.owner_notified_at),
    investigatedOn: row.investigated_on,
    findings: row.findings,
    plan: (row.plan as ActivityPlan | null) ?? null,
    planMadeOn: row.plan_made_on,
    evaluatedOn: row.evaluated_on,
    evaluation: row.evaluation,
    closedOn: row.closed_on,
    closing: row.closing,
    steps: matterSteps(matterFacts(row)),
    version: row.version,
    canEdit,
    sentHomeAt: sentHomeAt ? new Date(sentHomeAt).toISOString() : null,
    protectedAddress: place.protectedAddress !== 'none',
  };
}
