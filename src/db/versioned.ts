// Optimistic concurrency: every editable record has a `version`. An edit names the version it was
// based on; if someone else saved in between, nothing is written and the user gets the conflict message.
import { sql } from 'kysely';
import type { Tx } from './create-db';
import { AppError, conflictMessage } from '../server/errors';

export type VersionedTable = 'kommune' | 'school' | 'service_unit' | 'class' | 'pupil' | 'app_user' | 'guardian' | 'school_calendar' | 'absence_event' | 'observation' | 'alert' | 'contact_log' | 'kommune_rule_profile' | 'pupil_case' | 'case_task' | 'case_meeting' | 'case_referral' | 'case_assessment';

/** Updates one row if its version is still `expectedVersion`; returns the new version. */
export async function updateVersioned(tx: Tx, table: VersionedTable, id: string, expectedVersion: number, values: Record<string, unknown>): Promise<number> {
  const result = await tx
    .updateTable(table)
    .set({ ...values, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (result) return result.version;
  const exists = await tx.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  if (!exists) throw new AppError('not_found', 'Fant ikke det du prøvde å endre.');
  throw new AppError('conflict', conflictMessage, { currentVersion: exists.version });
}
