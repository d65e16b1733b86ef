// Audit rows written without a session: what an operator does from the command line (creating a kommune,
// a school, an account: no user, the role «drift») and what a person does through a one-time link
// (setting their password: the user, no session). The kommune is the organisation.
import type { Tx } from '../../db/create-db';
import { AUDIT_KINDS, type AuditAction } from '../audit';

export type OperatorAuditEntry = {
  action: AuditAction;
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
  userId?: string;
  role?: string;
};

export async function writeOperatorAudit(
  tx: Tx,
  kommune: { id: string; name: string },
  at: Date,
  entry: OperatorAuditEntry,
): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      kommune_id: kommune.id,
      at,
      user_id: entry.userId ?? null,
      role: entry.role ?? 'drift',
      action: entry.action,
      pupil_id: null,
      details: JSON.stringify(entry.details ?? {}),
      kind: AUDIT_KINDS[entry.action],
      entity: entry.entity,
      entity_id: entry.entityId,
      case_id: null,
      organisation: kommune.name,
      client_ip: null,
      outcome: 'allowed',
    })
    .execute();
}
