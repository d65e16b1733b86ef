// The helsestasjon's own checklist in a case (issue 21 item 6, decision 197): the steps of 000's appendix
// «Målrettet arbeid ved bekymringsfullt skolefravær – helsestasjonen», which the case's ladder carries as
// its partner checklist for the helsesykepleier (content/ladders/<ladder>.json, `partnerChecklists`, with
// its nynorsk beside it). Unlike the level's tasks, it is hers: she ticks it, the school reads it.
import type { Tx } from '../../db/create-db';
import type { PartnerChecklist } from '../../domain/ladder/ladder-schema';
import type { Actor } from '../actor';
import type { Content } from '../content/load-content';
import { readerContentIn } from '../content/reader-content';
import { resolveLadder } from '../ladder/resolve-ladder';

/** The partner role whose checklist this is. */
export const HEALTH_PARTNER_ROLE = 'helsesykepleier';

/** The helsesykepleier's checklist of the case's ladder, in the reader's written form, or null when it has none. */
export async function healthChecklistOf(
  tx: Tx,
  content: Content,
  actor: Actor,
  ladderId: string,
): Promise<PartnerChecklist | null> {
  const shown = await readerContentIn(tx, content, actor);
  const ladder = await resolveLadder(tx, shown.content, ladderId);
  return ladder.partnerChecklists.find((c) => c.partner === HEALTH_PARTNER_ROLE) ?? null;
}
