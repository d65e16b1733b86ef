import type { Tx } from '../db/create-db';
import { tryUpdateVersioned, type VersionedTable } from '../db/versioned';
import { AppError, conflictMessage } from './errors';

export type { VersionedTable } from '../db/versioned';

/**
 * Updates one versioned row (src/db/versioned.ts) and returns its new version; a row that is gone or was saved
 * by someone else in between becomes the server's not_found or conflict error, the conflict with the version
 * now stored so the screen can offer to reload.
 */
export async function updateVersioned(
  tx: Tx,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<number> {
  const result = await tryUpdateVersioned(tx, table, id, expectedVersion, values);
  if (result.ok) return result.version;
  if (result.reason === 'not_found') throw new AppError('not_found', 'Fant ikke det du prøvde å endre.');
  throw new AppError('conflict', conflictMessage, { currentVersion: result.currentVersion });
}
