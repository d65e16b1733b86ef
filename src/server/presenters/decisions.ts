// A decision as the API answers it (decisions 213–217): the draft, each step with its date, the appeal deadline
// from the receipt (fvl § 29), the next deadline the board shows, what still stops «Fatt vedtak», and what the
// reader may do now.
import type { DecisionDto, DecisionKindDto, DecisionSummary, LegalBasisDto } from '../../contract/decisions';
import { appealDeadline } from '../../domain/decisions/appeal-deadline';
import { decisionDeadline, decisionGaps, nextSteps } from '../../domain/decisions/decision';
import type { DecisionContent, DecisionKind, LegalBasis } from '../../domain/decisions/kinds';
import type { CaseAssessment } from '../../domain/plans/case-facts';
import { draftOf, stateOf, type DecisionRow } from '../decisions/decisions';

export function presentDecisionSummary(
  row: DecisionRow,
  kind: DecisionKind | undefined,
  today: string,
): DecisionSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    kindName: kind?.name ?? row.kind,
    status: row.status,
    decidedOn: row.decided_on,
    from: row.valid_from,
    to: row.valid_to,
    nextDeadline: decisionDeadline(stateOf(row), today),
    replacesId: row.replaces_decision_id,
    version: row.version,
  };
}

export function presentDecision(
  row: DecisionRow,
  kind: DecisionKind,
  assessments: readonly CaseAssessment[],
  names: ReadonlyMap<string, string>,
  may: { edit: boolean; decide: boolean },
  today: string,
): DecisionDto {
  const draft = draftOf(row);
  const state = stateOf(row);
  const decidedYet = row.decided_on !== null;
  const steps = nextSteps(kind, state);
  return {
    ...presentDecisionSummary(row, kind, today),
    facts: draft.facts,
    legalBasis: [...draft.legalBasis],
    reasons: draft.reasons,
    heard: draft.heard,
    weighed: draft.weighed,
    decision: draft.decision,
    assessmentId: draft.assessmentId,
    guardianConsent: draft.guardianConsent,
    temporary: draft.temporary,
    notice:
      row.notice_sent_on && row.reply_by
        ? {
            sentOn: row.notice_sent_on,
            replyBy: row.reply_by,
            reply: row.reply_on
              ? {
                  on: row.reply_on,
                  text: row.reply ?? '',
                  channel: row.reply_channel ?? 'school',
                  byName: row.reply_user_id ? (names.get(row.reply_user_id) ?? null) : null,
                }
              : null,
          }
        : null,
    decidedByName: row.decided_by ? (names.get(row.decided_by) ?? null) : null,
    delivery:
      row.delivery_channel && row.delivered_on
        ? {
            channel: row.delivery_channel,
            sentOn: row.delivered_on,
            receivedOn: row.received_on,
            receipt: row.receipt,
          }
        : null,
    appealDeadline: row.received_on ? appealDeadline(row.received_on) : null,
    appeal: row.appeal_received_on ? { receivedOn: row.appeal_received_on, text: row.appeal ?? '' } : null,
    reassessment:
      row.reassessed_on && row.reassessment
        ? { on: row.reassessed_on, outcome: row.reassessment, reasons: row.reassessment_reasons ?? '' }
        : null,
    forwarded: row.forwarded_on ? { on: row.forwarded_on, documents: row.forwarded_documents ?? [] } : null,
    outcome:
      row.outcome_on && row.outcome ? { on: row.outcome_on, outcome: row.outcome, text: row.outcome_text ?? '' } : null,
    gaps: decidedYet ? [] : decisionGaps(kind, draft, state, assessments, today),
    nextSteps: may.decide ? steps : [],
    canEdit: may.edit && !decidedYet,
    canDecide: may.decide,
  };
}

export function presentKind(kind: DecisionKind): DecisionKindDto {
  return {
    id: kind.id,
    name: kind.name,
    description: kind.description,
    legalBasis: [...kind.legalBasis],
    preconditions: [...kind.preconditions],
    decidedBy: [...kind.decidedBy],
    noticeRequired: kind.noticeRequired,
  };
}

export function presentLegalBasis(b: LegalBasis): LegalBasisDto {
  return { key: b.key, citation: b.citation, title: b.title, replaces: b.replaces };
}

export function presentDecisionContent(content: DecisionContent) {
  return {
    kinds: [...content.kinds.values()].map(presentKind),
    legalBases: [...content.legalBases.values()].map(presentLegalBasis),
  };
}
