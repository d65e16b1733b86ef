// Each user's choice of e-mail per inbox kind (decision 125): at once (the default, no row), a daily
// summary at an hour, or none.
import type { Db } from '../../db/create-db';
import { inboxKindsFor, type InboxKind, type MailMode } from '../../domain/inbox/inbox';
import { contextOf, type Actor } from '../actor';

export type NoticePreference = { kind: InboxKind; mode: MailMode; hour: number | null };

export async function getNoticePreferences(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const rows = await tx
      .selectFrom('notice_preference')
      .select(['kind', 'mode', 'hour'])
      .where('user_id', '=', actor.userId)
      .execute();
    const email = await tx.selectFrom('app_user').select('email').where('id', '=', actor.userId).executeTakeFirst();
    return {
      email: email?.email ?? null,
      hasEmail: !!email?.email?.includes('@'),
      preferences: inboxKindsFor(actor.kind).map(
        (kind): NoticePreference => rows.find((r) => r.kind === kind) ?? { kind, mode: 'now', hour: null },
      ),
    };
  });
}

export async function saveNoticePreferences(
  db: Db,
  actor: Actor,
  input: { email?: string | null | undefined; preferences: NoticePreference[] },
) {
  const { preferences } = input;
  await db.withContext(contextOf(actor), async (tx) => {
    if (input.email !== undefined)
      await tx
        .updateTable('app_user')
        .set({ email: input.email?.trim() || null })
        .where('id', '=', actor.userId)
        .execute();
    await tx.deleteFrom('notice_preference').where('user_id', '=', actor.userId).execute();
    const rows = preferences
      .filter((p) => p.mode !== 'now')
      .map((p) => ({
        kommune_id: actor.kommuneId,
        user_id: actor.userId,
        kind: p.kind,
        mode: p.mode,
        hour: p.mode === 'daily' ? (p.hour ?? 7) : null,
      }));
    if (rows.length) await tx.insertInto('notice_preference').values(rows).execute();
  });
  return getNoticePreferences(db, actor);
}
