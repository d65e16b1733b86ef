// Verifies the audit trail's sealed hash chain per kommune (decision 050): walked in chain position
// (seq) order, each row's hash must be the SHA-256 of its content and the previous row's hash (computed
// again by the same SQL function the sealer uses), each row must point at the one before it, positions
// must run 1, 2, 3 … without a gap, and the last sealed row must be the one the anchor names. Finds a row
// changed behind the application's back, a row deleted in the middle, rows swapped, and a cut tail.
// Rows not sealed yet (the last seconds' writes) are reported as the unsealed tail: count and oldest.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';

export type ChainReport = {
  kommuneId: string;
  kommune: string;
  /** Sealed rows checked. */
  rows: number;
  problems: string[];
  /** Rows written but not sealed yet: not part of the checked chain. */
  unsealed: { count: number; oldest: Date | null };
};

export async function verifyAuditChain(db: Db): Promise<ChainReport[]> {
  // The owner lists the kommuner; each chain is then read as the application role in its kommune.
  const kommuner = await sql<{ id: string; name: string }>`select id, name from kommune order by name`.execute(
    db.owner,
  );
  const reports: ChainReport[] = [];
  for (const k of kommuner.rows) {
    reports.push(
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        const rows = await sql<{
          id: number;
          seq: number;
          prev_hash: string | null;
          hash: string | null;
          recomputed: string;
        }>`
          select a.id, a.seq, a.prev_hash, a.hash, audit_row_digest(a.prev_hash, a) as recomputed from audit_log a where a.seq is not null order by a.seq`.execute(
          tx,
        );
        const tail = (
          await sql<{
            count: number;
            oldest: Date | null;
          }>`select count(*)::int as count, min(at) as oldest from audit_log where seq is null`.execute(tx)
        ).rows[0]!;
        const anchor = await tx
          .selectFrom('audit_anchor')
          .select(['last_id', 'last_hash', 'last_seq'])
          .executeTakeFirst();
        const problems: string[] = [];
        let previous: string | null = null;
        let previousSeq = 0;
        for (const r of rows.rows) {
          if (r.hash !== r.recomputed)
            problems.push(`rad ${r.id}: innholdet stemmer ikke med hashen (endret etter at den ble skrevet)`);
          if (r.prev_hash !== previous)
            problems.push(`rad ${r.id}: peker ikke på raden før (rad slettet eller flyttet foran den)`);
          else if (Number(r.seq) !== previousSeq + 1)
            problems.push(`rad ${r.id}: har plass ${r.seq} i kjeden, ventet ${previousSeq + 1} (plassene er endret)`);
          previous = r.hash;
          previousSeq = Number(r.seq);
        }
        const last = rows.rows.at(-1);
        const anchorSeq = Number(anchor?.last_seq ?? 0);
        if (!anchor && last) problems.push('ankeret mangler: kjeden kan ikke bekreftes mot siste rad');
        if (
          anchor &&
          (anchorSeq !== (last ? Number(last.seq) : 0) ||
            (last && (Number(anchor.last_id) !== Number(last.id) || anchor.last_hash !== last.hash)))
        ) {
          problems.push(
            `slutten av kjeden mangler: ankeret viser rad ${anchor.last_id ?? 'ingen'} (plass ${anchorSeq}), siste forseglede rad er ${last ? `${last.id} (plass ${last.seq})` : 'ingen'}`,
          );
        }
        return {
          kommuneId: k.id,
          kommune: k.name,
          rows: rows.rows.length,
          problems,
          unsealed: { count: tail.count, oldest: tail.oldest },
        };
      }),
    );
  }
  return reports;
}
