// Marking an extract as handed over to the kommune's archive (decisions 223–224): the day it was handed over
// and by whom, and the archive it went to when named (on screen, or `--to` on the command line; decisions 227 and
// 237). Once marked it stays so; the retention rules count the years before Nærvær's copy may be deleted from
// that day.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { osloDate } from '../clock';
import { archiveSchools } from '../archive/scope';
import { presentExtracts } from '../presenters/archive';
import { norwegianDate } from '../../domain/calendar/dates';

export async function handOverArchiveExtract(
  db: Db,
  actor: Actor,
  extractId: string,
  input: { handedOverOn: string; version: number; archive?: string | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const row = await tx
      .selectFrom('archive_extract')
      .select(['id', 'school_id', 'made_at', 'handed_over_on', 'version'])
      .where('id', '=', extractId)
      .executeTakeFirst();
    if (!row || !archiveSchools(actor).includes(row.school_id))
      throw new AppError('not_found', 'Fant ikke arkivuttrekket.');
    if (row.handed_over_on)
      throw new AppError(
        'conflict',
        `Arkivuttrekket er allerede overført til arkivet ${norwegianDate(row.handed_over_on)}.`,
      );
    if (row.version !== input.version)
      throw new AppError('conflict', 'Arkivuttrekket er endret av en annen. Last siden på nytt.');
    if (input.handedOverOn > osloDate(now))
      throw new AppError('validation', 'Overføringsdatoen kan ikke være fram i tid.', {
        fields: [{ field: 'handedOverOn', message: 'Overføringsdatoen kan ikke være fram i tid.' }],
      });
    if (input.handedOverOn < osloDate(new Date(row.made_at)))
      throw new AppError('validation', 'Overføringsdatoen kan ikke være før uttrekket ble laget.', {
        fields: [{ field: 'handedOverOn', message: 'Overføringsdatoen kan ikke være før uttrekket ble laget.' }],
      });
    await tx
      .updateTable('archive_extract')
      .set({
        handed_over_on: input.handedOverOn,
        handed_over_by: actor.userId,
        handed_over_at: now,
        handed_over_to: input.archive ?? null,
        version: row.version + 1,
      })
      .where('id', '=', extractId)
      .where('version', '=', row.version)
      .execute();
    const links = await tx
      .selectFrom('archive_extract_case')
      .select(['case_id', 'pupil_id'])
      .where('extract_id', '=', extractId)
      .execute();
    await writeAudit(
      tx,
      actor,
      now,
      links.map((l) => ({
        action: 'archive.extract.hand-over' as const,
        pupilId: l.pupil_id,
        entity: 'archive_extract' as const,
        entityId: extractId,
        caseId: l.case_id,
        details: { handedOverOn: input.handedOverOn, ...(input.archive ? { archive: input.archive } : {}) },
      })),
    );
    const [extract] = await presentExtracts(tx, { schoolIds: [row.school_id], extractId });
    return { extract: extract! };
  });
}
