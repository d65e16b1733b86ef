// Optimistic concurrency: every editable record has a `version`. An edit names the version it was
// based on; if someone else saved in between, nothing is written and the caller is told (the server turns
// that into its conflict error, src/server/versioned.ts). The version being replaced is kept in
// record_history, so no edit loses what was there before.
import { sql } from 'kysely';
import type { Tx } from './create-db';

export type VersionedTable =
  | 'kommune'
  | 'school'
  | 'service_unit'
  | 'class'
  | 'pupil'
  | 'app_user'
  | 'guardian'
  | 'school_calendar'
  | 'absence_event'
  | 'observation'
  | 'school_environment_case'
  | 'alert'
  | 'contact_log'
  | 'kommune_rule_profile'
  | 'pupil_case'
  | 'case_task'
  | 'case_meeting'
  | 'case_referral'
  | 'case_assessment'
  | 'kommune_ladder'
  | 'consent'
  | 'case_form'
  | 'case_statement'
  | 'case_plan'
  | 'oidc_provider'
  | 'pupil_checkin'
  | 'health_concern'
  | 'case_decision';

/** What a versioned update did: the new version, or why nothing was written. */
export type VersionedUpdate =
  | { ok: true; version: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; currentVersion: number };

/** Updates one row if its version is still `expectedVersion`; otherwise writes nothing and says why. */
export async function tryUpdateVersioned(
  tx: Tx,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<VersionedUpdate> {
  const tenant = table === 'kommune' ? sql.ref('id') : sql.ref('kommune_id');
  const current = await sql<{ version: number; kommune_id: string; snapshot: Record<string, unknown> }>`
    select version, ${tenant} as kommune_id, to_jsonb(t) as snapshot from ${sql.table(table)} t where id = ${id} for update`.execute(
    tx,
  );
  const row = current.rows[0];
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.version !== expectedVersion) return { ok: false, reason: 'conflict', currentVersion: row.version };
  await sql`insert into record_history (kommune_id, table_name, record_id, version, snapshot, changed_by, changed_at)
            values (${row.kommune_id}, ${table}, ${id}, ${row.version}, ${JSON.stringify(row.snapshot)}::jsonb,
                    nullif(current_setting('naervaer.user_id', true), '')::uuid, now())`.execute(tx);
  const result = await tx
    .updateTable(table)
    .set({ ...values, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return { ok: true, version: result.version };
}
