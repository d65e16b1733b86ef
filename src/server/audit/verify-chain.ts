// Verifies the audit trail's hash chain per kommune: each row's hash must be the SHA-256 of its content
// and the previous row's hash (computed again by the same SQL function the trigger uses), each row must
// point at the one before it, and the last row must be the one the anchor names. Finds a row changed
// behind the application's back, a row deleted in the middle, rows swapped, and a cut tail.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';

export type ChainReport = { kommuneId: string; kommune: string; rows: number; problems: string[] };

export async function verifyAuditChain(db: Db): Promise<ChainReport[]> {
  // The owner lists the kommuner; each chain is then read as the application role in its kommune.
  const kommuner = await sql<{ id: string; name: string }>`select id, name from kommune order by name`.execute(db.owner);
  const reports: ChainReport[] = [];
  for (const k of kommuner.rows) {
    reports.push(
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        const rows = await sql<{ id: number; prev_hash: string | null; hash: string | null; recomputed: string }>`
          select a.id, a.prev_hash, a.hash, audit_row_digest(a.prev_hash, a) as recomputed from audit_log a order by a.id`.execute(tx);
        const anchor = await tx.selectFrom('audit_anchor').select(['last_id', 'last_hash']).executeTakeFirst();
        const problems: string[] = [];
        let previous: string | null = null;
        for (const r of rows.rows) {
          if (r.hash !== r.recomputed) problems.push(`rad ${r.id}: innholdet stemmer ikke med hashen (endret etter at den ble skrevet)`);
          if (r.prev_hash !== previous) problems.push(`rad ${r.id}: peker ikke på raden før (rad slettet eller flyttet foran den)`);
          previous = r.hash;
        }
        const last = rows.rows.at(-1);
        if (!anchor && last) problems.push('ankeret mangler: kjeden kan ikke bekreftes mot siste rad');
        if (anchor && (!last || Number(anchor.last_id) !== Number(last.id) || anchor.last_hash !== last.hash)) {
          problems.push(`slutten av kjeden mangler: ankeret viser rad ${anchor.last_id}, siste rad er ${last ? last.id : 'ingen'}`);
        }
        return { kommuneId: k.id, kommune: k.name, rows: rows.rows.length, problems };
      }),
    );
  }
  return reports;
}
