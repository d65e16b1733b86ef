// Tilgangslogg (decision 053): the leadership's review of their pupils' audit trail, and the guardians'
// own «Hvem har sett saken».
import type {
  AccessLogEntry,
  AuditReviewEntry,
  ListAccessLogResponse,
  ReviewAuditLogQuery,
  ReviewAuditLogResponse,
} from '../../contract';
import { id, query, request } from './client';

export type { AuditKind, AuditOutcome } from '../../contract/enums';
export type { AccessLogEntry, AuditReviewEntry };
export type AuditReviewFilter = ReviewAuditLogQuery;
export type AuditReview = ReviewAuditLogResponse;
export type AccessLog = ListAccessLogResponse;

export const auditApi = {
  review: (filter: AuditReviewFilter) => request<ReviewAuditLogResponse>(`/api/audit-log${query(filter)}`),
  accessLog: (pupilId: string) => request<ListAccessLogResponse>(`/api/my-children/${id(pupilId)}/access-log`),
  accessLogPdfUrl: (pupilId: string) => `/api/my-children/${id(pupilId)}/access-log.pdf`,
};
