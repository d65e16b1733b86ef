// Notes restricted to one service: a health note is for the health service, the case's stafettholder
// and the one who wrote it (issue 6 item 2). Everyone else who may see the pupil's log sees that a
// note exists, when and by whom — never what it says. Row-level security hides another service's
// restricted notes from a partner altogether (migration 0011).
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database, ServiceKind } from '../../db/schema';
import { partnerServiceOf, type Actor } from '../actor';

type ContactRow = Selectable<Database['contact_log']>;

export const SERVICE_NAME: Record<ServiceKind, string> = {
  helsestasjon: 'helsestasjonen',
  ppt: 'PPT',
  barneverntjeneste: 'barneverntjenesten',
  bup: 'BUP',
  kommunepsykolog: 'kommunepsykologen',
};

/** Who may read a restricted note about this pupil: returns the test for one note. */
export async function noteReader(tx: Tx, actor: Actor, pupilId: string): Promise<(c: ContactRow) => boolean> {
  const service = partnerServiceOf(actor);
  const holders = new Set(
    (
      await tx
        .selectFrom('pupil_case')
        .select('stafettholder_id')
        .where('pupil_id', '=', pupilId)
        .where('status', '=', 'open')
        .execute()
    ).map((r) => r.stafettholder_id),
  );
  return (c) =>
    c.restricted_to === null ||
    c.recorded_by === actor.userId ||
    c.restricted_to === service ||
    holders.has(actor.userId);
}

/** The note as a reader who may not see its content gets it. */
export function masked(c: ContactRow): ContactRow {
  return {
    ...c,
    summary: `Skjermet notat – bare for ${SERVICE_NAME[c.restricted_to!]} og stafettholder.`,
    agreed: null,
    with_whom: [],
  };
}
