// What a guardian has been sent of their child's decisions (decision 214): the forhåndsvarsel once sent, with the
// guardians' reply and whether the reader may send or change it (decision 228), and the decision letter once
// delivered in Nærvær, with the receipt and the appeal deadline. Only for a guardian with a right to information
// (pupilForGuardian); audited as the guardian's read.
import type { Db } from '../../db/create-db';
import { appealDeadline } from '../../domain/decisions/appeal-deadline';
import { guardianReplyChance } from '../../domain/decisions/decision';
import { contextOf, type Actor } from '../actor';
import { hasParentalResponsibility, pupilForGuardian } from '../absence/place';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { namesOf, stateOf } from '../decisions/decisions';
import type { Content } from '../content/load-content';
import { contentIn } from '../content/content-in';
import { guardianLanguage, kommuneMalform } from '../documents';

export async function listMyChildDecisions(db: Db, content: Content, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, pupilId);
    const language = await guardianLanguage(tx, actor.kommuneId, actor.userId, place.pupilId);
    const shown = contentIn(content, language, await kommuneMalform(tx, actor.kommuneId));
    const rows = await tx
      .selectFrom('case_decision')
      .selectAll()
      .where('pupil_id', '=', place.pupilId)
      .where((eb) => eb.or([eb('notice_sent_on', 'is not', null), eb('delivery_channel', '=', 'naervaer')]))
      .orderBy('created_at')
      .execute();
    const mayReply = await hasParentalResponsibility(tx, actor, place.pupilId);
    const names = await namesOf(
      tx,
      rows.map((r) => r.reply_user_id),
    );
    const today = osloDate(now);
    await writeAudit(tx, actor, now, [
      {
        action: 'guardian.decision.list',
        pupilId: place.pupilId,
        entity: 'pupil',
        entityId: place.pupilId,
        details: { decisions: rows.length },
      },
    ]);
    return {
      decisions: rows.map((r) => ({
        id: r.id,
        kindName: shown.decisions.kinds.get(r.kind)?.name ?? r.kind,
        afterAppeal: r.replaces_decision_id !== null,
        notice:
          r.notice_sent_on && r.reply_by
            ? {
                sentOn: r.notice_sent_on,
                replyBy: r.reply_by,
                reply:
                  r.reply_on && r.reply_channel
                    ? {
                        on: r.reply_on,
                        text: r.reply ?? '',
                        channel: r.reply_channel,
                        byName: r.reply_user_id ? (names.get(r.reply_user_id) ?? null) : null,
                      }
                    : null,
                replyChance: guardianReplyChance(stateOf(r), today, r.reply_user_id === actor.userId),
                mayReply,
              }
            : null,
        letter:
          r.delivery_channel === 'naervaer' && r.delivered_on
            ? {
                sentOn: r.delivered_on,
                receivedOn: r.received_on,
                appealDeadline: r.received_on ? appealDeadline(r.received_on) : null,
              }
            : null,
        version: r.version,
      })),
    };
  });
}
