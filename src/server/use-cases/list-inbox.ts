// The user's inbox (issue 18 item 1, decision 124): what waits for them, newest first. Every pupil the list
// names is an audited read; the unread count alone names nobody and is not audited.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { loadInbox } from '../inbox/load-inbox';

export async function listInbox(db: Db, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const items = await loadInbox(tx, actor, now);
    const named = new Map<string, string | null>();
    // The school owner's school environment item names the school only (decision 187): no pupil, no audit row.
    for (const i of items) if (i.about?.pupilId) named.set(i.about.pupilId, i.about.caseId);
    for (const i of items) if (i.child && !named.has(i.child.pupilId)) named.set(i.child.pupilId, null);
    if (named.size)
      await writeAudit(
        tx,
        actor,
        now,
        [...named].map(([pupilId, caseId]) => ({
          action: 'inbox.read' as const,
          pupilId,
          entity: 'pupil_case' as const,
          entityId: caseId,
          caseId,
          details: { inbox: true },
        })),
      );
    return { items, unread: items.filter((i) => !i.read).length };
  });
}

export async function countUnread(db: Db, actor: Actor, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => ({
    unread: (await loadInbox(tx, actor, now)).filter((i) => !i.read).length,
  }));
}
