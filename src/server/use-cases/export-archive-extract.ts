// An arkivuttrekk as a file for the archive, for `naervaer archive export` (decision 227): an identical extract
// already stored is used again, otherwise one is made through the same use-case as the API (a case, or a school's
// period), and the stored tar is fetched as the download route fetches it (audited as an export per pupil).
//
// Identical: the same scope, school and (for a school) period, holding the same cases and school environment
// matters (decision 231), and nothing written to any of them since it was made, as the audit log tells (every write to case data is audited with its case;
// the extracts' own rows are left out). Running the archivist's script twice then gives the same file, not a
// second extract; a document added late makes a new one.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import type { ArchiveExtract } from '../../contract/archive';
import { contextOf, type Actor } from '../actor';
import { archiveSchools } from '../archive/scope';
import type { Content } from '../content/load-content';
import { presentExtracts } from '../presenters/archive';
import { downloadArchiveExtract } from './download-archive-extract';
import { makeCaseArchiveExtract } from './make-case-archive-extract';
import { casesClosedIn, makeSchoolArchiveExtract, mattersClosedIn } from './make-school-archive-extract';

export type ArchiveExportTarget =
  | { scope: 'case'; caseId: string }
  | { scope: 'school'; schoolId: string; period: { from: string; to: string } };

export type ArchiveExport = {
  extract: ArchiveExtract;
  /** False when an identical extract was already stored and is the one written. */
  made: boolean;
  bytes: Uint8Array;
  sha256: string;
};

export async function exportArchiveExtract(
  db: Db,
  content: Content,
  actor: Actor,
  target: ArchiveExportTarget,
  now: Date,
  options: { fresh?: boolean } = {},
): Promise<ArchiveExport> {
  const same = options.fresh ? null : await identicalExtract(db, actor, target);
  const extract =
    same ??
    (target.scope === 'case'
      ? await makeCaseArchiveExtract(db, content, actor, target.caseId, now)
      : await makeSchoolArchiveExtract(db, content, actor, target.schoolId, target.period, now)
    ).extract;
  const file = await downloadArchiveExtract(db, actor, extract.id, now);
  return { extract, made: !same, bytes: file.bytes, sha256: file.sha256 };
}

/** The newest stored extract identical to the one asked for, or null (none, or the actor may not make it). */
export async function identicalExtract(
  db: Db,
  actor: Actor,
  target: ArchiveExportTarget,
): Promise<ArchiveExtract | null> {
  return db.withContext(contextOf(actor), async (tx) => {
    let schoolId: string;
    let caseIds: string[];
    let matterIds: string[] = [];
    if (target.scope === 'case') {
      const row = await tx
        .selectFrom('pupil_case')
        .select(['school_id', 'status'])
        .where('id', '=', target.caseId)
        .executeTakeFirst();
      // An open case, or one the actor may not reach: the use-case refuses it as the API does.
      if (!row || row.status !== 'closed') return null;
      schoolId = row.school_id;
      caseIds = [target.caseId];
    } else {
      schoolId = target.schoolId;
      caseIds = await casesClosedIn(tx, schoolId, target.period);
      matterIds = await mattersClosedIn(tx, schoolId, target.period);
    }
    if (!archiveSchools(actor).includes(schoolId) || (!caseIds.length && !matterIds.length)) return null;
    let q = tx
      .selectFrom('archive_extract')
      .select(['id', 'made_at'])
      .where('school_id', '=', schoolId)
      .where('scope', '=', target.scope);
    if (target.scope === 'school')
      q = q.where('period_from', '=', target.period.from).where('period_to', '=', target.period.to);
    const candidates = await q.orderBy('made_at', 'desc').execute();
    for (const c of candidates) {
      if (!(await holdsExactly(tx, c.id, caseIds, matterIds))) continue;
      if (await writtenSince(tx, caseIds, matterIds, new Date(c.made_at))) continue;
      const [extract] = await presentExtracts(tx, { schoolIds: [schoolId], extractId: c.id });
      return extract ?? null;
    }
    return null;
  });
}

async function holdsExactly(tx: Tx, extractId: string, caseIds: string[], matterIds: string[]): Promise<boolean> {
  const held = await tx
    .selectFrom('archive_extract_case')
    .select(['case_id', 'matter_id'])
    .where('extract_id', '=', extractId)
    .execute();
  const want = new Set([...caseIds, ...matterIds]);
  return held.length === want.size && held.every((h) => want.has((h.case_id ?? h.matter_id)!));
}

/** Whether anything was created, changed, deleted or printed in one of the cases or matters after the moment. */
async function writtenSince(tx: Tx, caseIds: string[], matterIds: string[], since: Date): Promise<boolean> {
  const row = await tx
    .selectFrom('audit_log')
    .select(sql<number>`1`.as('one'))
    .where((eb) =>
      eb.or([
        ...(caseIds.length ? [eb('case_id', 'in', caseIds)] : []),
        ...(matterIds.length
          ? [eb.and([eb('entity', '=', 'school_environment_case'), eb('entity_id', 'in', matterIds)])]
          : []),
      ]),
    )
    .where('at', '>', since)
    .where('outcome', '=', 'allowed')
    .where('kind', 'in', ['create', 'update', 'delete', 'print'])
    .where('action', 'not like', 'archive.%')
    .limit(1)
    .executeTakeFirst();
  return !!row;
}
