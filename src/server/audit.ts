// The audit log: one row per read or change of pupil data, written in the same transaction as the
// use-case, so there is no access without its trace. The table is append-only (see migration 0001).
import type { Tx } from '../db/create-db';
import type { Actor } from './actor';

export type AuditEntry = {
  action: string;
  pupilId?: string | null;
  details?: Record<string, unknown>;
};

/** The role an audit row names: the actor's roles, most specific first. */
function roleLabel(actor: Actor): string {
  return [...new Set(actor.roles.map((r) => r.role))].join(',') || actor.kind;
}

export async function writeAudit(tx: Tx, actor: Actor, at: Date, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        kommune_id: actor.kommuneId,
        at,
        user_id: actor.userId,
        role: roleLabel(actor),
        action: e.action,
        pupil_id: e.pupilId ?? null,
        details: JSON.stringify(e.details ?? {}),
      })),
    )
    .execute();
}
