// Editing a decision's draft (decision 213): the fields a panel sends, against the version it was based on — a
// stale version is a conflict (409) with the version now stored, never a silent overwrite; the replaced version
// goes to record_history. Only until the decision is made; the pupil's views (decision 181's record) are trimmed
// as stored. Completeness is not checked here: «Fatt vedtak» names what is missing.
import type { Db } from '../../db/create-db';
import type { UpdateDecisionBody } from '../../contract/decisions';
import { trimHeard } from '../../domain/ladder/heard';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import type { Content } from '../content/load-content';
import { caseAssessments, decisionForStaff, mayDraft } from '../decisions/decisions';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';
import { decisionView } from './get-decision';

type Input = Omit<UpdateDecisionBody, 'heard'> & { heard?: unknown };

export async function updateDecision(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  decisionId: string,
  input: Input,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await decisionForStaff(tx, actor, caseId, decisionId);
    if (!mayDraft(actor, place)) throw new AppError('forbidden', 'Du kan ikke endre vedtak i denne saken.');
    if (row.decided_on !== null)
      throw new AppError('validation', 'Vedtaket er fattet og kan ikke endres. Ved klage vurderer skolen det på nytt.');
    const values: Record<string, unknown> = {};
    const text = (v: string | undefined) => v?.trim();
    if (input.facts !== undefined) values.facts = text(input.facts);
    if (input.legalBasis !== undefined) values.legal_basis = [...new Set(input.legalBasis)];
    if (input.reasons !== undefined) values.reasons = text(input.reasons);
    if (input.weighed !== undefined) values.weighed = text(input.weighed);
    if (input.decision !== undefined) values.decision = text(input.decision);
    if (input.heard !== undefined) {
      const heard = input.heard === null ? null : trimHeard(input.heard);
      values.heard = heard === null ? null : JSON.stringify(heard);
    }
    if (input.from !== undefined) values.valid_from = input.from;
    if (input.to !== undefined) values.valid_to = input.to;
    const from = input.from !== undefined ? input.from : row.valid_from;
    const to = input.to !== undefined ? input.to : row.valid_to;
    if (from && to && to < from)
      throw new AppError('validation', 'Sluttdatoen kan ikke være før startdatoen.', {
        fields: [{ field: 'to', message: 'Før startdatoen' }],
      });
    if (input.assessmentId !== undefined) {
      if (input.assessmentId !== null && !(await caseAssessments(tx, caseId)).some((a) => a.id === input.assessmentId))
        throw new AppError('validation', 'Den sakkyndige vurderingen finnes ikke i saken.', {
          fields: [{ field: 'assessmentId', message: 'Finnes ikke i saken' }],
        });
      values.assessment_id = input.assessmentId;
    }
    if (input.guardianConsent !== undefined) {
      values.consent_on = input.guardianConsent?.on ?? null;
      values.consent_by = input.guardianConsent?.by.trim() ?? null;
    }
    if (input.temporary !== undefined) {
      values.temporary_evaluate_on = input.temporary?.evaluateOn ?? null;
      values.temporary_considerations = input.temporary?.considerations.trim() ?? null;
    }
    const version = await updateVersioned(tx, 'case_decision', row.id, input.version, {
      ...values,
      updated_by: actor.userId,
      updated_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.update',
        pupilId: row.pupil_id,
        entity: 'case_decision',
        entityId: row.id,
        caseId,
        details: { decisionId: row.id, fields: Object.keys(values), version },
      },
    ]);
    return { decision: (await decisionView(tx, content, actor, caseId, decisionId, now)).decision };
  });
}
