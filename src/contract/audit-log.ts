import { z } from 'zod';
import { AUDIT_KINDS, AUDIT_OUTCOMES } from './enums';
import { idParam, isoDate } from './common';

const kind = z.enum(AUDIT_KINDS);

const outcome = z.enum(AUDIT_OUTCOMES);

export const reviewEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string(),
  role: z.string(),
  action: z.string(),
  kind: kind.nullable(),
  outcome,
  pupilId: z.string().nullable(),
  pupilName: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  caseId: z.string().nullable(),
  organisation: z.string().nullable(),
  clientIp: z.string().nullable(),
});
export type AuditReviewEntry = z.infer<typeof reviewEntry>;

export const accessEntry = z.object({
  at: z.string(),
  name: z.string().nullable(),
  role: z.string(),
  organisation: z.string().nullable(),
  kind: kind.nullable(),
  kindLabel: z.string(),
  what: z.string(),
  firstAt: z.string().describe('Den første av like oppslag samme dag; `at` er den siste'),
  count: z.number().int().positive().describe('Like oppslag samme dag (samme person, type og opplysning)'),
});
export type AccessLogEntry = z.infer<typeof accessEntry>;

// GET /api/audit-log
export const reviewAuditLogQuery = z.object({
  pupilId: idParam.optional(),
  userId: idParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: kind.optional(),
  outcome: outcome.optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type ReviewAuditLogQuery = z.infer<typeof reviewAuditLogQuery>;
export const reviewAuditLogResponse = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  entries: z.array(reviewEntry),
  options: z.object({
    pupils: z.array(z.object({ id: z.string(), name: z.string(), className: z.string() })),
    users: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type ReviewAuditLogResponse = z.infer<typeof reviewAuditLogResponse>;

// GET /api/my-children/:pupilId/access-log
export const listAccessLogParams = z.object({ pupilId: idParam });
export type ListAccessLogParams = z.input<typeof listAccessLogParams>;
export const listAccessLogResponse = z.object({
  child: z.object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    protectedAddress: z.boolean(),
  }),
  total: z.number().int(),
  shown: z.number().int().describe('Hvor mange av oppslagene linjene viser (de nyeste, høyst 500)'),
  entries: z.array(accessEntry),
});
export type ListAccessLogResponse = z.infer<typeof listAccessLogResponse>;

// GET /api/my-children/:pupilId/access-log.pdf
export const exportAccessLogPdfParams = z.object({ pupilId: idParam });
export type ExportAccessLogPdfParams = z.input<typeof exportAccessLogPdfParams>;
