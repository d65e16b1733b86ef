// What the decision use-cases share (decisions 213–217): loading a decision through its case for staff, the
// kind from content, the draft and state the domain rules read, who may decide, and the case's assessments.
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { DecisionDraft, DecisionState } from '../../domain/decisions/decision';
import type { DecisionKind } from '../../domain/decisions/kinds';
import { storedHeard } from '../../domain/ladder/heard';
import type { CaseAssessment } from '../../domain/plans/case-facts';
import type { Actor } from '../actor';
import type { PupilPlace } from '../absence/place';
import { caseForStaff, type CaseRow } from '../cases/case-place';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';

export type DecisionRow = Selectable<Database['case_decision']>;

/** The kind a decision names, from the content (as the reader reads it); a kind removed from content is an error. */
export function kindOf(content: Content, kindId: string): DecisionKind {
  const kind = content.decisions.kinds.get(kindId);
  if (!kind) throw new AppError('validation', `Vedtakstypen «${kindId}» finnes ikke i kommunens innhold.`);
  return kind;
}

/** A decision of a case the staff member sees (a decision of another case is «not found»). */
export async function decisionForStaff(
  tx: Tx,
  actor: Actor,
  caseId: string,
  decisionId: string,
): Promise<{ row: DecisionRow; caseRow: CaseRow; place: PupilPlace }> {
  const { row: caseRow, place } = await caseForStaff(tx, actor, caseId);
  const row = await tx
    .selectFrom('case_decision')
    .selectAll()
    .where('id', '=', decisionId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke vedtaket.');
  return { row, caseRow, place };
}

/** Whether the actor holds a role the kind is delegated to, at the pupil's school (decision 217). */
export function mayDecide(actor: Actor, kind: DecisionKind, schoolId: string): boolean {
  return actor.roles.some((r) => (kind.decidedBy as readonly string[]).includes(r.role) && r.schoolId === schoolId);
}

/** Whether the actor may write the draft: the contact teacher of the class, or the school's staff who lead cases. */
export function mayDraft(actor: Actor, place: { classId: string; schoolId: string }): boolean {
  return actor.roles.some(
    (r) =>
      (r.role === 'kontaktlaerer' && r.classId === place.classId) ||
      ((r.role === 'skoleledelse' || r.role === 'ressursteam' || r.role === 'administrator') &&
        r.schoolId === place.schoolId),
  );
}

export function draftOf(row: DecisionRow): DecisionDraft {
  return {
    facts: row.facts,
    legalBasis: row.legal_basis,
    reasons: row.reasons,
    heard: storedHeard(row.heard),
    weighed: row.weighed,
    decision: row.decision,
    from: row.valid_from,
    to: row.valid_to,
    assessmentId: row.assessment_id,
    guardianConsent: row.consent_on && row.consent_by ? { on: row.consent_on, by: row.consent_by } : null,
    temporary:
      row.temporary_evaluate_on !== null
        ? { evaluateOn: row.temporary_evaluate_on, considerations: row.temporary_considerations ?? '' }
        : null,
  };
}

export function stateOf(row: DecisionRow): DecisionState {
  return {
    status: row.status,
    notice:
      row.notice_sent_on && row.reply_by
        ? {
            replyBy: row.reply_by,
            reply: row.reply_on ? { on: row.reply_on, channel: row.reply_channel ?? 'school' } : null,
          }
        : null,
    receivedOn: row.received_on,
    appealReceivedOn: row.appeal_received_on,
    forwardedOn: row.forwarded_on,
  };
}

/** The case's expert statements (sakkyndig vurdering / uttalelse, legeerklæring), for the preconditions. */
export async function caseAssessments(tx: Tx, caseId: string): Promise<CaseAssessment[]> {
  const rows = await tx
    .selectFrom('case_assessment')
    .select(['id', 'kind', 'issued_on', 'issued_by', 'recommendations', 'valid_until'])
    .where('case_id', '=', caseId)
    .orderBy('issued_on')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    kind: a.kind,
    issuedOn: a.issued_on,
    issuedBy: a.issued_by,
    recommendations: a.recommendations,
    validUntil: a.valid_until,
  }));
}

/** The display names of users by id. */
export async function namesOf(tx: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
