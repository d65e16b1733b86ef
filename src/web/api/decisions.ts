// Individual decisions (enkeltvedtak) in a case (issue 22 items 1–2, decisions 213–219): the case's decisions with
// the kinds and the legal basis table, one decision, its draft and steps, its two letters as PDFs, the board's
// deadlines, and what a guardian has been sent. Types only from the contract (its zod stays out of the first script).
import type {
  CreateDecisionBody,
  DecisionDeadlinesResponse,
  DecisionResponse,
  DecisionStepBody,
  ListDecisionsResponse,
  MyChildDecisionReplyBody,
  MyChildDecisionReplyResponse,
  MyChildDecisionsResponse,
  UpdateDecisionBody,
} from '../../contract';
import type { DecisionDocument } from '../../domain/decisions/states';
import type { Language } from '../../domain/language/language';
import { download, id, query, request } from './client';

export type {
  DecisionDeadlineDto,
  DecisionDto,
  DecisionGapDto,
  DecisionKindDto,
  DecisionStepBody,
  DecisionSummary,
  LegalBasisDto,
  ListDecisionsResponse,
  MyChildDecisionsResponse,
  UpdateDecisionBody,
} from '../../contract';
// From the domain, not the contract: the contract's zod would come with every screen's first load.
export {
  DECISION_STATUSES,
  DELIVERY_CHANNELS,
  FINAL_OUTCOMES,
  REASSESSMENT_OUTCOMES,
  type DecisionDeadlineKind,
  type DecisionDocument,
  type DecisionStatus,
  type DecisionStep,
  type DeliveryChannel,
  type FinalOutcome,
  type ReassessmentOutcome,
} from '../../domain/decisions/states';

const base = (caseId: string) => `/api/cases/${id(caseId)}/decisions`;
const one = (caseId: string, decisionId: string) => `${base(caseId)}/${id(decisionId)}`;

export const decisionApi = {
  list: (caseId: string) => request<ListDecisionsResponse>(base(caseId)),
  create: (caseId: string, body: CreateDecisionBody) =>
    request<DecisionResponse>(base(caseId), { method: 'POST', body }),
  get: (caseId: string, decisionId: string) => request<DecisionResponse>(one(caseId, decisionId)),
  update: (caseId: string, decisionId: string, body: UpdateDecisionBody) =>
    request<DecisionResponse>(one(caseId, decisionId), { method: 'PUT', body }),
  step: (caseId: string, decisionId: string, body: DecisionStepBody) =>
    request<DecisionResponse>(`${one(caseId, decisionId)}/steps`, { method: 'POST', body }),
  /** The forhåndsvarsel or the decision letter: in a language, or (none) the kommune's målform — the school's copy. */
  pdf: async (caseId: string, decisionId: string, document: DecisionDocument, language?: Language) => {
    const { file, fileName } = await download(`${one(caseId, decisionId)}/pdf${query({ document, language })}`);
    return { pdf: file, fileName };
  },
  deadlines: () => request<DecisionDeadlinesResponse>('/api/decision-deadlines'),
  ofMyChild: (pupilId: string) => request<MyChildDecisionsResponse>(`/api/my-children/${id(pupilId)}/decisions`),
  /** The guardians' reply to a forhåndsvarsel, sent or changed until the decision is made (decision 228). */
  replyToNotice: (pupilId: string, decisionId: string, body: MyChildDecisionReplyBody) =>
    request<MyChildDecisionReplyResponse>(`/api/my-children/${id(pupilId)}/decisions/${id(decisionId)}/reply`, {
      method: 'PUT',
      body,
    }),
  /** A guardian's link to a letter; opening the decision letter records that the family received it. */
  myChildPdfUrl: (pupilId: string, decisionId: string, document: DecisionDocument) =>
    `/api/my-children/${id(pupilId)}/decisions/${id(decisionId)}/pdf${query({ document })}`,
};
