// Every version a kommune's own rule profile or ladder has had (issue 19 item 5, decision 144): the stored row is
// the current one, and each save kept the version it replaced in record_history (src/db/versioned.ts), so
// the previous rules stay readable. Newest first; none for a shipped one or a name the kommune has not saved.
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';

const KINDS = {
  profile: { table: 'kommune_rule_profile', key: 'profile_id' },
  ladder: { table: 'kommune_ladder', key: 'ladder_id' },
} as const;

export async function listDefinitionVersions(db: Db, actor: Actor, kind: keyof typeof KINDS, id: string) {
  const words = KINDS[kind];
  return db.withContext(contextOf(actor), async (tx) => {
    const current = await sql<{
      id: string;
      version: number;
      definition: unknown;
      updated_at: Date | string;
      display_name: string | null;
    }>`select d.id, d.version, d.definition, d.updated_at, u.display_name
         from ${sql.table(words.table)} d left join app_user u on u.id = d.updated_by
        where ${sql.ref(`d.${words.key}`)} = ${id}`.execute(tx);
    const row = current.rows[0];
    // A shipped one, or a name the kommune has not saved: no versions of the kommune's own.
    if (!row) return { versions: [] };
    const history = await tx
      .selectFrom('record_history')
      .select(['version', 'snapshot'])
      .where('table_name', '=', words.table)
      .where('record_id', '=', row.id)
      .orderBy('version', 'desc')
      .execute();
    // A replaced version's author and time are in its own snapshot (who saved that version, when).
    const authors = new Map<string, string>();
    const ids = history.map((h) => (h.snapshot as { updated_by?: string }).updated_by).filter((x): x is string => !!x);
    if (ids.length > 0)
      for (const u of await tx.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', ids).execute())
        authors.set(u.id, u.display_name);
    return {
      versions: [
        {
          version: row.version,
          savedAt: new Date(row.updated_at).toISOString(),
          savedBy: row.display_name ?? null,
          current: true,
          definition: row.definition,
        },
        ...history.map((h) => {
          const s = h.snapshot as { definition: unknown; updated_at: string; updated_by?: string };
          return {
            version: h.version,
            savedAt: new Date(s.updated_at).toISOString(),
            savedBy: (s.updated_by && authors.get(s.updated_by)) ?? null,
            current: false,
            definition: s.definition,
          };
        }),
      ],
    };
  });
}
