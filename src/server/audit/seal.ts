// The audit sealer (decision 050): audit rows are written unsealed, without any lock; the sealer gives
// each committed row of a kommune its chain position, prev_hash and hash (the SQL function audit_seal of
// migration 0021, which locks the kommune's anchor while it works), shortly after. The server runs it
// every second; `naervaer audit seal` and `naervaer audit verify` run it on demand, tests call it.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';

/** Rows sealed per kommune in one transaction; a larger tail is sealed in several. */
export const SEAL_BATCH = 5000;

export type SealResult = { sealed: number; kommuner: number };

/** Seals every committed, unsealed audit row of every kommune; returns how many rows it sealed. */
export async function sealAuditLog(db: Db, options: { batch?: number } = {}): Promise<SealResult> {
  const batch = options.batch ?? SEAL_BATCH;
  // The owner lists the kommuner (as `audit verify` does); each is sealed as the application role in its
  // own context, so row-level security holds in the sealer too.
  const kommuner = (await sql<{ id: string }>`select id from kommune order by id`.execute(db.owner)).rows;
  let sealed = 0;
  for (const k of kommuner) {
    for (;;) {
      const n = await db.withContext(
        { kommuneId: k.id },
        async (tx) => (await sql<{ n: number }>`select audit_seal(${batch}::integer) as n`.execute(tx)).rows[0]!.n,
      );
      sealed += n;
      if (n < batch) break;
    }
  }
  return { sealed, kommuner: kommuner.length };
}

export type AuditSealer = {
  /** Seals now (after a round already under way) and resolves when done. */
  sealNow(): Promise<SealResult>;
  /** Stops the interval and seals what has committed so far. */
  stop(): Promise<void>;
};

/**
 * Seals every `intervalMs` in the background. A failed round (the database away) is told once to `log`
 * and tried again at the next tick; rows stay unsealed meanwhile, never lost.
 */
export function startAuditSealer(db: Db, intervalMs: number, log: (line: string) => void = () => {}): AuditSealer {
  let running: Promise<SealResult> | undefined;
  let failing = false;
  const round = (): Promise<SealResult> => {
    const next = (running ?? Promise.resolve()).catch(() => undefined).then(() => sealAuditLog(db));
    running = next;
    return next.then(
      (r) => {
        if (failing) log('Forseglingen av revisjonsloggen går igjen.');
        failing = false;
        return r;
      },
      (err: unknown) => {
        if (!failing)
          log(
            `Forseglingen av revisjonsloggen feilet (${err instanceof Error ? err.message : String(err)}); prøver igjen.`,
          );
        failing = true;
        throw err;
      },
    );
  };
  let busy = false;
  // A tick while a round is still under way is skipped, so rounds never pile up.
  const tick = () => {
    if (busy) return;
    busy = true;
    void round()
      .catch(() => undefined)
      .finally(() => (busy = false));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    sealNow: round,
    async stop() {
      clearInterval(timer);
      await round().catch(() => undefined);
    },
  };
}
